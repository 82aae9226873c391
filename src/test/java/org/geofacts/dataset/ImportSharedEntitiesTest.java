package org.geofacts.dataset;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.geofacts.support.Writes.curator;
import static org.geofacts.support.Writes.feedEnd;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.empty;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * An import for one document may reference the countries, people and organizations other
 * documents rely on, add aliases to them and fill what is empty, but not change or drop what is
 * stored: PUT and PATCH, conditional on the ETag, do that.
 */
@QuarkusTest
class ImportSharedEntitiesTest extends ApiTest {

    private static String newDocument() {
        String doc = "test-shared-" + UUID.randomUUID().toString().substring(0, 8);
        curator().body(Map.of("id", doc, "lang", "id", "title", "Kim dan Putin", "text", "Kim Jong Un bertemu Putin lagi. " + doc))
                .post("/documents").then().statusCode(201);
        return doc;
    }

    private static Map<String, Object> bundle(String doc, String section, Object entry) {
        return Map.of("document", Map.of("id", doc, "lang", "id", "title", "Kim dan Putin"), section, List.of(entry));
    }

    @Test
    void restatingAStoredPersonByNameAloneKeepsEverythingStored() {
        String doc = newDocument();
        String feed = feedEnd();
        JsonPath report = curator().body(bundle(doc, "people", Map.of("id", "kim-jong-un", "name", "Kim Jong Un")))
                .post("/imports").then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("counts.people.unchanged")).isEqualTo(1);
        given().get("/people/kim-jong-un").then().statusCode(200)
                .body("country.code", equalTo("KP"))
                .body("wikidata_qid", equalTo("Q56226"))
                .body("aliases", hasItems("Kim", "Kim Jong-un", "Pemimpin Korea Utara"));
        given().get("/quotes?speaker=Pemimpin Korea Utara").then().statusCode(200).body("items", not(empty()));
        assertThat(given().get("/changes?since=" + feed).jsonPath().getList("items.kind")).doesNotContain("person");
    }

    @Test
    void changingAStoredCountryOrPersonIsRefusedNamingEachFieldAndWritesNothing() {
        String doc = newDocument();
        String feed = feedEnd();
        curator().body(bundle(doc, "countries", Map.of("code", "RU", "alpha3", "RUS", "name_en", "Russland", "name_id", "Rusia")))
                .post("/imports").then().statusCode(422)
                .body("errors.field", equalTo(List.of("/countries/0/name_en")))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("country 'RU'"));
        curator().body(bundle(doc, "people", Map.of("id", "kim-jong-un", "name", "Kim Jong Un", "role", "Someone else", "country", "RU")))
                .post("/imports").then().statusCode(422)
                .body("errors.field", hasItems("/people/0/role", "/people/0/country"));
        given().get("/countries/Q159").then().statusCode(200).body("name_en", equalTo("Russia"));
        assertThat(feedEnd()).isEqualTo(feed);
    }

    @Test
    void anImportMayAddAnAliasToAStoredPerson() {
        String doc = newDocument();
        String person = "test-shared-person-" + UUID.randomUUID().toString().substring(0, 8);
        curator().body(Map.of("id", person, "name", "Choe Son Hui", "role", "Foreign Minister", "aliases", List.of("Choe")))
                .post("/people").then().statusCode(201);
        JsonPath report = curator().body(bundle(doc, "people", Map.of("id", person, "name", "Choe Son Hui", "aliases", List.of("Menlu Choe"))))
                .post("/imports").then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("counts.people.updated")).isEqualTo(1);
        given().get("/people/" + person).then().statusCode(200)
                .body("role", equalTo("Foreign Minister"))
                .body("aliases", hasItems("Choe", "Menlu Choe", "Choe Son Hui"));
        given().get("/people?name=Menlu Choe").then().statusCode(200).body("items.id", hasItem(person));
    }
}

package org.geofacts.relation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.in;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class RelationApiTest extends ApiTest {

    @Test
    void answersAreRussiaAndNorthKoreaAlliesWithEvidence() {
        given().queryParam("country", "RU").queryParam("with", "KP").queryParam("kind", "alliance").get("/relations").then()
                .statusCode(200)
                .body("items.id", equalTo(List.of("rel-kp-ru-alliance", "rel-ru-kp-alliance")))
                .body("items.since.value", everyItem(equalTo("2024-06")))
                .body("items.evidence", everyItem(not(empty())));
    }

    @Test
    void acceptsNamesAndCodesForEitherEnd() {
        given().queryParam("country", "Korea Utara").queryParam("with", "rus").queryParam("kind", "arms_supply").get("/relations")
                .then().statusCode(200)
                // Other tests' documents may add KP-RU arms supplies too: every match must be one, the bundled one among them.
                .body("items.id", hasItem("rel-kp-ru-arms-supply"))
                .body("items.source.code", everyItem(equalTo("KP")))
                .body("items.target.code", everyItem(equalTo("RU")));
    }

    @Test
    void countryAloneMatchesEitherEnd() {
        given().queryParam("country", "UA").get("/relations").then().statusCode(200)
                .body("items.id", hasItems("rel-ru-ua-war", "rel-us-ua-arms-supply"))
                .body("items.findAll { it.source.code != 'UA' }.target.code", everyItem(equalTo("UA")));
    }

    @Test
    void anUnknownCountryMatchesNothing() {
        given().queryParam("country", "Atlantis").get("/relations").then().statusCode(200).body("items", empty());
    }

    @Test
    void getsOneRelation() {
        given().get("/relations/rel-ru-ua-war").then().statusCode(200)
                .body("kind", equalTo("war"))
                .body("source.name_en", equalTo("Russia"))
                .body("target.code", in(List.of("UA")));
    }
}

package org.geofacts.country;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CountryApiTest extends ApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"KP", "kp", "PRK", "prk", "Q423", "q423"})
    void findsNorthKoreaByAnyCodeInAnyCaseAndAnswersWithAlpha2(String code) {
        given().get("/countries/{code}", code).then()
                .statusCode(200)
                .body("code", equalTo("KP"))
                .body("alpha3", equalTo("PRK"))
                .body("wikidata_qid", equalTo("Q423"))
                .body("name_en", equalTo("North Korea"));
    }

    @Test
    void keepsTheMetonymsTheArticleUsesAsAliases() {
        given().get("/countries/US").then().statusCode(200)
                .body("aliases", hasItems("Washington", "Amerika Serikat", "AS"));
        given().get("/countries/KP").then().statusCode(200)
                .body("aliases", hasItems("Pyongyang", "DPRK", "Korea Utara"));
    }

    @Test
    void listsEveryCountryTheArticleNames() {
        given().get("/countries").then().statusCode(200)
                .body("items.code", org.hamcrest.Matchers.hasItems("JP", "KP", "KR", "RU", "UA", "US"));
    }

    @Test
    void unknownCodeIsA404Problem() {
        given().get("/countries/XX").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not found"))
                .body("detail", equalTo("no country with id 'XX'"))
                .body("instance", equalTo("/countries/XX"));
    }
}

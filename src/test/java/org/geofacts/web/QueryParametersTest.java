package org.geofacts.web;

import static io.restassured.RestAssured.given;
import static org.geofacts.support.Writes.curatorUnchecked;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A query parameter an operation does not take, or one given twice, is a 400 naming it, never a
 * silently unfiltered or half-read answer. The contract is not checked on these requests: they send
 * what it does not describe on purpose.
 */
@QuarkusTest
class QueryParametersTest extends ApiTest {

    @Test
    void aMisspeltFilterIsRefusedWithTheParametersTheOperationTakes() {
        given().noFilters().queryParam("speakr", "Putin").get("/quotes").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-parameter"))
                .body("detail", equalTo("speakr: not a parameter of this operation; it takes speaker, about, document, lang, q, limit, cursor"))
                .body("errors.field", equalTo(List.of("speakr")));
    }

    @Test
    void theSameFilterSpelledRightFilters() {
        given().queryParam("speaker", "Putin").queryParam("limit", 100).get("/quotes").then()
                .statusCode(200)
                .body("items", not(empty()))
                .body("items.speaker.id", everyItem(equalTo("vladimir-putin")));
    }

    @Test
    void aParameterGivenTwiceIsRefusedRatherThanOneValueKept() {
        given().noFilters().queryParam("limit", 1).queryParam("limit", 2).get("/quotes").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("limit: given 2 times; give it once"));
    }

    @Test
    void anItemTakesNoParameters() {
        given().noFilters().queryParam("lang", "en").get("/quotes/quote-putin-hostile").then()
                .statusCode(400)
                .body("detail", equalTo("lang: not a parameter of this operation; it takes none"));
    }

    @Test
    void theNextPageCursorFromTheSharedPagingParametersIsTaken() {
        String cursor = given().queryParam("limit", 1).get("/quotes").then().statusCode(200)
                .body("next_cursor", notNullValue()).extract().path("next_cursor");
        given().queryParam("limit", 1).queryParam("cursor", cursor).get("/quotes").then()
                .statusCode(200).body("items", hasSize(1));
    }

    @Test
    void aWriteWithAnUnknownParameterIsRefused() {
        curatorUnchecked().queryParam("mode", "add").queryParam("dry_run", "true").contentType("application/json").body("{}")
                .post("/imports").then()
                .statusCode(400)
                .body("detail", containsString("dry_run: not a parameter of this operation; it takes mode"));
    }

    @Test
    void managementEndpointsKeepTheirOwnParameters() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).body("openapi", equalTo("3.0.3"));
    }
}

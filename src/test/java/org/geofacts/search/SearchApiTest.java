package org.geofacts.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SearchApiTest extends ApiTest {

    @Test
    void findsClaimsQuotesAndClausesWithHighlightedSnippets() {
        JsonPath hits = given().queryParam("q", "aggression").queryParam("limit", 100).get("/search").then().statusCode(200)
                .body("items", not(empty()))
                .body("items.snippet", everyItem(containsString("<mark>")))
                .extract().jsonPath();
        org.assertj.core.api.Assertions.assertThat(hits.getList("items.type", String.class)).contains("clause", "quote");
        org.assertj.core.api.Assertions.assertThat(hits.getList("items.href", String.class))
                .contains("/agreements/" + TREATY + "/clauses/1");
    }

    @Test
    void stemsIndonesianWords() {
        given().queryParam("q", "sanksi").get("/search").then().statusCode(200)
                .body("items.id", hasItem("quote-putin-sanctions-strangulation"))
                .body("items.find { it.id == 'quote-putin-sanctions-strangulation' }.snippet", containsString("<mark>sanksi</mark>"));
    }

    @Test
    void ranksBestFirstAndRestrictsToTheRequestedTypes() {
        List<Float> ranks = given().queryParam("q", "sanctions").queryParam("types", "claim").queryParam("limit", 100).get("/search")
                .then().statusCode(200)
                .body("items.type", everyItem(equalTo("claim")))
                .extract().jsonPath().getList("items.rank", Float.class);
        List<Float> sorted = new ArrayList<>(ranks);
        sorted.sort(java.util.Comparator.reverseOrder());
        org.assertj.core.api.Assertions.assertThat(ranks).isNotEmpty().isEqualTo(sorted);
    }

    @Test
    void pagesThroughRankedHitsWithoutRepeats() {
        List<String> all = given().queryParam("q", "perjanjian or treaty").queryParam("limit", 100).get("/search").then()
                .statusCode(200).extract().jsonPath().getList("items.id", String.class);
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("q", "perjanjian or treaty").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/search").then().statusCode(200).extract().jsonPath();
            paged.addAll(page.getList("items.id", String.class));
            cursor = page.getString("next_cursor");
        } while (cursor != null);
        org.assertj.core.api.Assertions.assertThat(all).hasSizeGreaterThan(4);
        org.assertj.core.api.Assertions.assertThat(paged).isEqualTo(all);
    }

    @Test
    void requiresAQueryAndKnownTypes() {
        given().noFilters().get("/search").then().statusCode(400).body("errors[0].field", equalTo("q"));
        given().queryParam("q", "x").queryParam("types", "claim,tweet").get("/search").then().statusCode(400)
                .body("errors[0].field", equalTo("types"));
    }
}

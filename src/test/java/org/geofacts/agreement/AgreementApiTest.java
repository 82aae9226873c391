package org.geofacts.agreement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class AgreementApiTest extends ApiTest {

    @Test
    void theTreatyHasItsPartiesPlaceAndAMonthPreciseDate() {
        given().get("/agreements/{id}", TREATY).then().statusCode(200)
                .body("kind", equalTo("treaty"))
                .body("status", equalTo("signed"))
                .body("parties.code", equalTo(List.of("KP", "RU")))
                .body("signed.value", equalTo("2024-06"))
                .body("signed.precision", equalTo("month"))
                .body("signed_place", equalTo("Pyongyang"))
                .body("clause_count", equalTo(4))
                .body("evidence", not(empty()));
    }

    @ParameterizedTest
    @CsvSource({"RU,1", "rus,1", "Korea Utara,1", "Q423,1", "JP,0"})
    void filtersByPartyInAnyForm(String party, int expected) {
        given().queryParam("party", party).get("/agreements").then().statusCode(200).body("items", hasSize(expected));
    }

    @ParameterizedTest
    @CsvSource({
        "2024,,1", "2024-06,2024-06,1", "2024-06-30,,1", ",2024-06-01,1", "2024-07,,0", ",2024-05-31,0", "2023,2023,0"})
    void matchesSigningDatesByOverlapAtTheirOwnPrecision(String from, String to, int expected) {
        var request = given();
        if (from != null) {
            request.queryParam("signed_from", from);
        }
        if (to != null) {
            request.queryParam("signed_to", to);
        }
        request.get("/agreements").then().statusCode(200).body("items", hasSize(expected));
    }

    @Test
    void listsClausesInOrdinalOrderAndFiltersByType() {
        given().get("/agreements/{id}/clauses", TREATY).then().statusCode(200)
                .body("items.ordinal", equalTo(List.of(1, 2, 3, 4)))
                .body("items[0].type", equalTo("mutual_defense"))
                .body("items[0].agreement.id", equalTo(TREATY))
                .body("items[0].evidence", not(empty()));
        given().queryParam("type", "economic_cooperation").get("/agreements/{id}/clauses", TREATY).then().statusCode(200)
                .body("items.type", equalTo(List.of("economic_cooperation")));
    }

    @Test
    void pagesThroughClausesWithACursor() {
        String next = given().queryParam("limit", 3).get("/agreements/{id}/clauses", TREATY).then().statusCode(200)
                .body("items.ordinal", equalTo(List.of(1, 2, 3))).extract().path("next_cursor");
        given().queryParam("limit", 3).queryParam("cursor", next).get("/agreements/{id}/clauses", TREATY).then().statusCode(200)
                .body("items.ordinal", equalTo(List.of(4)))
                .body("next_cursor", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void getsOneClauseByOrdinal() {
        given().get("/agreements/{id}/clauses/1", TREATY).then().statusCode(200)
                .body("type", equalTo("mutual_defense"))
                .body("summary_en", org.hamcrest.Matchers.containsString("aggression"));
    }

    @Test
    void unknownAgreementOrClauseIsA404AndABadOrdinalA400() {
        given().get("/agreements/nope/clauses").then().statusCode(404).body("detail", equalTo("no agreement with id 'nope'"));
        given().get("/agreements/{id}/clauses/99", TREATY).then().statusCode(404);
        given().get("/agreements/{id}/clauses/first", TREATY).then().statusCode(400).body("errors[0].field", equalTo("ordinal"));
        given().queryParam("signed_from", "June 2024").get("/agreements").then().statusCode(400)
                .body("errors[0].field", equalTo("signed_from"));
    }
}

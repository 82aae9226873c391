package org.geofacts.claim;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ClaimApiTest extends ApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"US", "us", "USA", "Q30", "Washington", "Amerika Serikat", "AS"})
    void findsTheUnitedStatesClaimsByAnyCodeOrNameTheArticleUses(String claimant) {
        given().queryParam("claimant", claimant).queryParam("document", DOCUMENT).get("/claims").then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of("claim-us-kr-kp-arms-to-russia", "claim-us-russia-depleted-turns-to-allies")));
    }

    @Test
    void aJointClaimListsEveryClaimantWithItsName() {
        given().get("/claims/claim-us-kr-kp-arms-to-russia").then().statusCode(200)
                .body("claimants.id", equalTo(java.util.List.of("US", "KR")))
                .body("claimants.type", everyItem(equalTo("country")))
                .body("claimants.name", equalTo(java.util.List.of("United States", "South Korea")))
                .body("modality", equalTo("alleged"))
                .body("statement_lang", equalTo("id"))
                .body("evidence[0].exact", org.hamcrest.Matchers.startsWith("Washington dan Seoul mengklaim"));
    }

    @Test
    void findsClaimsMadeByAPersonAndAboutAnOrganization() {
        given().queryParam("claimant", "kim jong-un").queryParam("limit", 100).get("/claims").then().statusCode(200)
                .body("items.claimants.flatten().id", everyItem(equalTo("kim-jong-un")))
                .body("items", not(empty()));
        given().queryParam("subject", "NATO").get("/claims").then().statusCode(200)
                .body("items.id", hasItems("claim-putin-us-nato-long-range-weapons-to-ukraine"))
                .body("items.subjects.flatten().id", hasItem("nato"));
    }

    @Test
    void filtersByCategoryModalityAndDocument() {
        given().queryParam("modality", "demanded").queryParam("document", DOCUMENT).get("/claims").then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of("claim-putin-review-unsc-restrictions-on-dprk")));
        given().queryParam("category", "sanctions").queryParam("claimant", "Putin").get("/claims").then().statusCode(200)
                .body("items.category", everyItem(equalTo("sanctions")))
                .body("items.claimants.flatten().id", everyItem(equalTo("vladimir-putin")));
        given().queryParam("document", "no-such-document").get("/claims").then().statusCode(200).body("items", empty());
    }

    @Test
    void fullTextMatchesIndonesianAndEnglishWordForms() {
        given().queryParam("q", "sanksi").get("/claims").then().statusCode(200)
                .body("items.id", hasItem("claim-putin-fight-sanctions-strangulation"));
        given().queryParam("q", "sanctioned OR sanctions").get("/claims").then().statusCode(200)
                .body("items.id", hasItem("claim-putin-oppose-politically-motivated-sanctions"));
    }

    @Test
    void anUnknownVocabularyValueIsA400NamingTheParameter() {
        given().queryParam("modality", "rumoured").get("/claims").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("modality"))
                .body("detail", org.hamcrest.Matchers.startsWith("modality: must be one of"));
    }
}

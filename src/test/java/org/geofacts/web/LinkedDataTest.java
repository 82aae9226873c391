package org.geofacts.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** Quotes, claims and countries in schema.org JSON-LD when the client asks for it. */
@QuarkusTest
class LinkedDataTest extends ApiTest {

    private static final String LD = "application/ld+json";

    /** JSON-LD is offered in words, not as a second 200 media type, so that generated JSON clients keep typed results. */
    @Test
    void theContractOffersJsonLdInTheDescriptionOnly() {
        com.fasterxml.jackson.databind.JsonNode doc = given().get("/q/openapi?format=json").then().statusCode(200)
                .extract().as(com.fasterxml.jackson.databind.JsonNode.class);
        com.fasterxml.jackson.databind.JsonNode getQuote = doc.at("/paths/~1quotes~1{id}/get");
        assertThat(getQuote.path("description").asText()).contains("application/ld+json");
        assertThat(getQuote.at("/responses/200/content").has(LD)).isFalse();
        assertThat(getQuote.at("/responses/200/content").has("application/json")).isTrue();
    }

    @Test
    void aQuoteIsASchemaOrgQuotationSpokenByAPerson() {
        given().noFilters().accept(LD).get("/quotes/quote-putin-hostile").then().statusCode(200)
                .contentType(LD)
                .body("'@context'", equalTo("https://schema.org"))
                .body("'@type'", equalTo("Quotation"))
                .body("'@id'", equalTo("/quotes/quote-putin-hostile"))
                .body("text", equalTo("bermusuhan"))
                .body("inLanguage", equalTo("id"))
                .body("spokenByCharacter.'@type'", equalTo("Person"))
                .body("spokenByCharacter.name", equalTo("Vladimir Putin"))
                .body("isPartOf.'@id'", equalTo("/documents/" + DOCUMENT));
    }

    @Test
    void aClaimIsASchemaOrgClaimWithItsAuthors() {
        given().noFilters().accept(LD).get("/claims/claim-us-kr-kp-arms-to-russia").then().statusCode(200)
                .contentType(LD)
                .body("'@type'", equalTo("Claim"))
                .body("author.'@type'", everyItem(equalTo("Country")))
                .body("author.identifier", equalTo(java.util.List.of("US", "KR")))
                .body("appearance.'@id'", equalTo("/documents/" + DOCUMENT));
    }

    @Test
    void aCountryLinksToWikidata() {
        given().noFilters().accept(LD).get("/countries/prk").then().statusCode(200)
                .body("'@type'", equalTo("Country"))
                .body("identifier", equalTo("KP"))
                .body("sameAs", equalTo("https://www.wikidata.org/wiki/Q423"))
                .body("alternateName", hasItem("Pyongyang"));
    }

    @Test
    void aListIsASchemaOrgItemList() {
        given().noFilters().accept(LD).queryParam("speaker", "Kim").queryParam("document", DOCUMENT).get("/quotes").then().statusCode(200)
                .body("'@type'", equalTo("ItemList"))
                .body("itemListElement", hasSize(3))
                .body("itemListElement.'@type'", everyItem(equalTo("Quotation")));
    }

    @Test
    void plainJsonRemainsTheDefault() {
        given().accept("*/*").get("/quotes/quote-putin-hostile").then().statusCode(200)
                .contentType("application/json")
                .body("id", equalTo("quote-putin-hostile"));
    }
}

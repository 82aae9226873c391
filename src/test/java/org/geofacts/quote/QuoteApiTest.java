package org.geofacts.quote;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class QuoteApiTest extends ApiTest {

    @ParameterizedTest
    @ValueSource(strings = {"Putin", "putin", "vladimir putin", "Vladimir Putin", "VLADIMIR-PUTIN", "vladimir-putin", "Pútin"})
    void returnsOnlyPutinQuotesForAnyFormOfHisName(String speaker) {
        given().queryParam("speaker", speaker).queryParam("document", DOCUMENT).queryParam("limit", 100).get("/quotes").then()
                .statusCode(200)
                .body("items", hasSize(11))
                .body("items.speaker.id", everyItem(equalTo("vladimir-putin")))
                .body("items.speaker.name", everyItem(equalTo("Vladimir Putin")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kim Jong Un", "Kim Jong-un", "kim jong-un", "Kim"})
    void findsKimByEitherSpellingTheArticleUses(String speaker) {
        given().queryParam("speaker", speaker).queryParam("document", DOCUMENT).get("/quotes").then()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("items.speaker.id", everyItem(equalTo("kim-jong-un")));
    }

    @Test
    void aSpeakerNobodyMatchesGivesAnEmptyPageNotAnError() {
        given().queryParam("speaker", "Trump").get("/quotes").then()
                .statusCode(200)
                .body("items", empty())
                .body("next_cursor", nullValue());
    }

    @Test
    void everyQuoteCarriesItsEvidenceAndTheEvidenceIsTheQuotedText() {
        given().queryParam("document", DOCUMENT).queryParam("limit", 100).get("/quotes").then().statusCode(200)
                .body("items", hasSize(14))
                .body("items.evidence", everyItem(not(empty())))
                .body("items.find { it.id == 'quote-putin-hostile' }.evidence[0].exact", equalTo("bermusuhan"))
                .body("items.find { it.id == 'quote-putin-hostile' }.text", equalTo("bermusuhan"));
    }

    @Test
    void marksFragmentsQuotedInsideAParaphraseAsPartial() {
        given().get("/quotes/quote-kim-peace-loving-defensive").then().statusCode(200)
                .body("kind", equalTo("partial"))
                .body("text", equalTo("bersifat cinta damai dan defensif"))
                .body("lang", equalTo("id"))
                .body("speaker.id", equalTo("kim-jong-un"))
                .body("about.id", equalTo(TREATY))
                .body("evidence[0].document_id", equalTo(DOCUMENT));
    }

    @Test
    void namesTheChannelAQuoteWasReportedThrough() {
        given().get("/quotes/quote-putin-mutual-assistance").then().statusCode(200)
                .body("kind", equalTo("direct"))
                .body("channel.id", equalTo("anadolu-agency"))
                .body("text_en", org.hamcrest.Matchers.containsString("mutual assistance"));
    }

    @Test
    void filtersByAgreementLanguageAndDocument() {
        given().queryParam("about", TREATY).get("/quotes").then().statusCode(200)
                .body("items", hasSize(4))
                .body("items.about.id", everyItem(equalTo(TREATY)));
        // The bundled quotes are all in Indonesian; other tests' documents may add English ones.
        given().queryParam("lang", "en").get("/quotes").then().statusCode(200)
                .body("items.lang", everyItem(equalTo("en")))
                .body("items.document_id", not(hasItem(DOCUMENT)));
        given().queryParam("document", DOCUMENT).queryParam("speaker", "Kim").get("/quotes").then().statusCode(200)
                .body("items", hasSize(3));
    }

    @Test
    void fullTextSearchesTheOriginalAndTheTranslation() {
        given().queryParam("q", "multipolar").get("/quotes").then().statusCode(200)
                .body("items.id", hasItem("quote-kim-powerful-treaty-multipolar-world"));
        given().queryParam("q", "strangulation").get("/quotes").then().statusCode(200)
                .body("items.id", equalTo(java.util.List.of("quote-putin-sanctions-strangulation")));
    }

    @Test
    void unknownQuoteIsA404Problem() {
        given().get("/quotes/quote-nobody").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("no quote with id 'quote-nobody'"));
    }
}

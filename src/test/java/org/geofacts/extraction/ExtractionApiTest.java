package org.geofacts.extraction;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.geofacts.support.Writes.curator;
import static org.geofacts.support.Writes.curatorUnchecked;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** POST /documents/{id}/extractions end to end: store an article, extract, import the proposal unchanged, read it back. */
@QuarkusTest
class ExtractionApiTest extends ApiTest {

    /** An invented English report: a new speaker with a title, a surname cue, a pronoun cue, a channel and a reported claim. */
    private static final String ARTICLE = """
            SEOUL, March 3 (Reuters) - South Korean Foreign Minister Cho Tae-yul said on Monday that Seoul would keep its channels to Pyongyang open.

            "We will not close the door to dialogue, whatever the provocation," Cho told reporters, according to Yonhap.

            "Our alliance with Washington remains the foundation of our security," he added.

            Russia accused the United States of raising tensions on the peninsula with its latest deployment of bombers.

            Analysts called the remarks a "careful balancing act" between allies and neighbours.
            """;

    @Test
    void aNewArticlesProposalImportsUnchangedAndItsQuotesListWithTheirSpeaker() {
        String doc = "test-extraction-" + UUID.randomUUID().toString().substring(0, 8);
        curator().body(Map.of("id", doc, "lang", "en", "title", "Seoul keeps channels open", "text", ARTICLE + doc))
                .post("/documents").then().statusCode(201);

        JsonPath proposal = curator().post("/documents/" + doc + "/extractions").then().statusCode(200).extract().jsonPath();
        assertThat(proposal.getList("bundle.quotes.speaker")).containsOnly("cho-tae-yul");
        assertThat(proposal.getList("bundle.quotes.text")).containsExactly(
                "We will not close the door to dialogue, whatever the provocation",
                "Our alliance with Washington remains the foundation of our security");
        assertThat(proposal.getList("bundle.people.name")).containsExactly("Cho Tae-yul");
        assertThat(proposal.getString("bundle.people[0].role")).isEqualTo("South Korean Foreign Minister");
        assertThat(proposal.getList("bundle.quotes.channel")).as("only the first names its source").containsExactly("yonhap", null);
        assertThat(proposal.getList("derivations.rule")).contains("cue_after+surname", "pronoun", "reported_speech");
        assertThat(proposal.getList("bundle.claims.modality")).containsExactly("alleged");
        assertThat(proposal.getList("mentions.id")).contains("KR", "KP", "US", "RU");
        // Quoted words that are nobody's statement are not proposed, not even as unattributed.
        assertThat(proposal.getList("unattributed")).isEmpty();

        // Nothing was written, and the same document gives the same answer.
        given().get("/quotes?document=" + doc).then().statusCode(200).body("items", hasSize(0));
        curator().post("/documents/" + doc + "/extractions").then().statusCode(200)
                .body("bundle", equalTo(proposal.getMap("bundle")));

        curator().body(proposal.getMap("bundle")).post("/imports").then().statusCode(200);
        given().get("/quotes?document=" + doc).then().statusCode(200)
                .body("items", hasSize(2))
                .body("items.speaker.id", equalTo(List.of("cho-tae-yul", "cho-tae-yul")));
        given().get("/quotes?speaker=Cho").then().statusCode(200).body("items.document_id", hasItem(doc));
        given().get("/claims?document=" + doc).then().statusCode(200).body("items[0].claimants[0].id", equalTo("RU"));

        // What the document now holds is not proposed again.
        curator().post("/documents/" + doc + "/extractions").then().statusCode(200)
                .body("bundle.quotes", hasSize(0)).body("bundle.claims", hasSize(0));

        // The names known to the extractor are kept between requests but not past a write: now that the
        // import stored Cho, a proposal for another article references him instead of proposing him again.
        String other = doc + "-again";
        curator().body(Map.of("id", other, "lang", "en", "title", "Seoul keeps channels open", "text", ARTICLE + other))
                .post("/documents").then().statusCode(201);
        curator().post("/documents/" + other + "/extractions").then().statusCode(200)
                .body("bundle.quotes", hasSize(2))
                .body("bundle.quotes.speaker", everyItem(equalTo("cho-tae-yul")))
                .body("bundle.people", anyOf(nullValue(), hasSize(0)));
    }

    @Test
    void aClaimantNamedTwiceInACoordinationIsProposedOnceAndTheProposalImports() {
        String doc = "test-extraction-" + UUID.randomUUID().toString().substring(0, 8);
        String text = "Washington dan Amerika Serikat mengklaim Pyongyang memasok amunisi kepada Rusia untuk perang di Ukraina.\n" + doc;
        curator().body(Map.of("id", doc, "lang", "id", "title", "Tuduhan amunisi", "text", text)).post("/documents").then().statusCode(201);

        JsonPath proposal = curator().post("/documents/" + doc + "/extractions").then().statusCode(200).extract().jsonPath();
        assertThat(proposal.getList("bundle.claims[0].claimants")).as("Washington and Amerika Serikat are both the US")
                .containsExactly(Map.of("country", "US"));
        curator().body(proposal.getMap("bundle")).post("/imports").then().statusCode(200);
        given().get("/claims?document=" + doc).then().statusCode(200).body("items[0].claimants.id", equalTo(List.of("US")));
    }

    /** Another invented report, with a speaker of its own so that the tests do not store each other's people. */
    private static final String ANOTHER = """
            TOKYO, May 12 (Kyodo) - Japanese Defense Minister Gen Nakatani said on Tuesday that Tokyo would deepen its patrols with Manila.

            "Our ships will sail together more often, and in more places," Nakatani told reporters.

            "Nobody should read this as a threat," he added.

            Russia accused Japan of stirring tensions in the region with its latest deployment of destroyers.
            """;

    @Test
    void aProposalForACuratedDocumentLeavesOutWhatItHoldsAndModeAddKeepsTheCuratorsFacts() {
        String doc = "test-extraction-add-" + UUID.randomUUID().toString().substring(0, 8);
        // Characters outside the BMP before the facts: stored evidence counts code points, Java strings UTF-16 units,
        // and the two must not be mixed up when the proposal looks for what is stored.
        String text = "\uD83C\uDF0F".repeat(150) + "\n\n" + ANOTHER + doc;
        curator().body(Map.of("id", doc, "lang", "en", "title", "Tokyo deepens patrols", "text", text))
                .post("/documents").then().statusCode(201);
        String accusation = "Russia accused Japan of stirring tensions in the region with its latest deployment of destroyers.";
        Map<String, Object> curated = Map.of("document", Map.of("id", doc, "lang", "en", "title", "Tokyo deepens patrols"),
                "claims", List.of(Map.of("id", doc + "-curated", "claimants", List.of(Map.of("country", "RU")),
                        "statement", accusation, "category", "security", "modality", "alleged",
                        "evidence", List.of(Map.of("exact", accusation)))));
        curator().body(curated).post("/imports").then().statusCode(200);

        JsonPath proposal = curator().post("/documents/" + doc + "/extractions").then().statusCode(200).extract().jsonPath();
        assertThat(proposal.getList("bundle.claims")).as("the curated claim covers the one found").isEmpty();
        assertThat(proposal.getList("bundle.quotes")).hasSize(2);

        // A mode outside the contract's enumeration: sent past the contract check, answered by the service.
        curatorUnchecked().contentType("application/json").queryParam("mode", "sideways").body(proposal.getMap("bundle"))
                .post("/imports").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("mode"));
        given().get("/quotes?document=" + doc).then().statusCode(200).body("items", hasSize(0));

        curator().queryParam("mode", "add").body(proposal.getMap("bundle")).post("/imports").then().statusCode(200)
                .body("counts.quotes.created", equalTo(2));
        given().get("/quotes?document=" + doc).then().statusCode(200).body("items", hasSize(2));
        given().get("/claims?document=" + doc).then().statusCode(200).body("items.id", equalTo(List.of(doc + "-curated")));
    }

    @Test
    void aNewsAgencySpeaksAndIsFoundBySpeaker() {
        String doc = "test-extraction-kcna-" + UUID.randomUUID().toString().substring(0, 8);
        String text = "PYONGYANG (ANTARA) - Korea Utara kembali menguji rudal balistik pada Kamis.\n\n"
                + "\u201cLatihan ini adalah peringatan bagi para penghasut perang di kawasan,\u201d kata kantor berita KCNA.\n" + doc;
        curator().body(Map.of("id", doc, "lang", "id", "title", "Uji rudal", "text", text)).post("/documents").then().statusCode(201);

        JsonPath proposal = curator().post("/documents/" + doc + "/extractions").then().statusCode(200).extract().jsonPath();
        assertThat(proposal.getList("bundle.quotes.speaker_organization")).containsExactly("kcna");
        assertThat(proposal.getList("bundle.organizations.id")).containsExactly("kcna");
        assertThat(proposal.getList("bundle.quotes.text_en")).as("no machine translation").containsExactly((Object) null);

        curator().body(proposal.getMap("bundle")).post("/imports").then().statusCode(200);
        given().get("/quotes?speaker=KCNA").then().statusCode(200)
                .body("items.findAll { it.document_id == '" + doc + "' }.speaker.type", equalTo(List.of("organization")))
                .body("items.findAll { it.document_id == '" + doc + "' }.speaker.id", equalTo(List.of("kcna")));
        given().noFilters().accept("application/ld+json").get("/quotes/" + doc + "-quote-1").then().statusCode(200)
                .body("spokenByCharacter.'@type'", equalTo("Organization"));
    }

    @Test
    void theSeedArticleComesBackWithItsFourteenQuotesAndRightSpeakers() {
        // A copy of the seed article: the stored one already holds its 14 curated quotes, which a proposal leaves out.
        String doc = "test-extraction-seed-" + UUID.randomUUID().toString().substring(0, 8);
        curator().body(Map.of("id", doc, "lang", "id", "title", "Seed article, again", "text", SeedArticle.TEXT + "\n" + doc))
                .post("/documents").then().statusCode(201);
        curator().post("/documents/ru-kp-treaty-2024/extractions").then().statusCode(200).body("bundle.quotes", hasSize(0));
        JsonPath proposal = curator().post("/documents/" + doc + "/extractions").then().statusCode(200).extract().jsonPath();
        List<String> speakers = proposal.getList("bundle.quotes.speaker");
        assertThat(speakers).hasSize(14);
        assertThat(speakers.stream().filter("vladimir-putin"::equals)).hasSize(11);
        assertThat(speakers.stream().filter("kim-jong-un"::equals)).hasSize(3);
        assertThat(proposal.getList("bundle.people")).as("both speakers are stored: referenced, not restated").isEmpty();
        assertThat(proposal.getList("derivations.pointer")).contains("/quotes/0", "/quotes/13");
    }

    @Test
    void anUnknownDocumentIs404AndWithoutATokenIs401() {
        curator().post("/documents/no-such-document/extractions").then().statusCode(404)
                .contentType("application/problem+json");
        // Without a token the request lacks what the contract requires, so the contract check is left out here.
        given().noFilters().post("/documents/ru-kp-treaty-2024/extractions").then().statusCode(401)
                .contentType("application/problem+json");
    }
}

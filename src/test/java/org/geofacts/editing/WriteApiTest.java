package org.geofacts.editing;

import static org.geofacts.support.Writes.curator;
import static org.geofacts.support.Writes.curatorPatch;
import static org.geofacts.support.Writes.curatorUnchecked;
import static org.geofacts.support.Writes.etag;
import static org.geofacts.support.Writes.feedEnd;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.geofacts.support.ApiTest;
import org.geofacts.support.RawHttp;
import org.geofacts.support.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** A curator adds a second article and its facts through the API alone, and edits them safely. */
@QuarkusTest
class WriteApiTest extends ApiTest {

    private static final String TEXT = "Pyongyang mengirim peluru artileri ke Rusia, kata para pejabat Seoul. "
            + "\"Kerja sama kami tidak ditujukan kepada pihak ketiga,\" kata Putin kepada wartawan.";

    @Test
    void writesNeedACuratorsToken() {
        given().noFilters().contentType(ContentType.JSON).body(document(newId())).post("/documents").then()
                .statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().header("Authorization", "Bearer " + Tokens.forgedCurator()).contentType(ContentType.JSON).body(document(newId())).post("/documents").then()
                .statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + Tokens.reader("rita")).contentType(ContentType.JSON).body(document(newId())).post("/documents").then()
                .statusCode(403)
                .body("detail", containsString("curator"));
    }

    @Test
    void aCuratorAddsAnArticleAndItsFactsAndEveryReadShowsThemWithEvidence() {
        String doc = newId();
        String text = TEXT + " [" + doc + "]";
        curator().body(document(doc, text)).post("/documents").then()
                .statusCode(201)
                .header("Location", endsWith("/documents/" + doc))
                .body("sha256", equalTo(org.geofacts.model.Fingerprint.sha256(text)));

        JsonPath report = curator().body(bundle(doc)).post("/imports").then().statusCode(200).extract().jsonPath();
        assertThat(report.getInt("counts.quotes.created")).isEqualTo(1);
        assertThat(report.getInt("counts.claims.created")).isEqualTo(1);
        assertThat(report.getInt("counts.relations.created")).isEqualTo(1);

        given().queryParam("document", doc).queryParam("speaker", "putin").get("/quotes").then().statusCode(200)
                .body("items[0].text", equalTo("Kerja sama kami tidak ditujukan kepada pihak ketiga"))
                .body("items[0].evidence[0].start", equalTo(TEXT.indexOf("Kerja sama")));
        given().queryParam("document", doc).queryParam("claimant", "Seoul").get("/claims").then().statusCode(200)
                .body("items[0].id", equalTo("claim-" + doc))
                .body("items[0].evidence[0].exact", equalTo("Pyongyang mengirim peluru artileri ke Rusia"));
        given().get("/relations/rel-" + doc).then().statusCode(200).body("kind", equalTo("arms_supply"));
        given().queryParam("q", "artileri").get("/search").then().statusCode(200).body("items.id", hasItem("claim-" + doc));
        given().get("/documents/" + doc).then().statusCode(200).body("text", equalTo(text));
    }

    @Test
    void theSameTextTwiceIsAConflictNamingTheStoredDocument() {
        String doc = newId();
        String text = TEXT + " [" + doc + "]";
        curator().body(document(doc, text)).post("/documents").then().statusCode(201);
        curator().body(document(newId(), text)).post("/documents").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("'" + doc + "'"));
    }

    @Test
    void aBadBundleIsA422ListingEveryProblemAndWritesNothing() {
        String doc = newId();
        curator().body(document(doc, TEXT + " [" + doc + "]")).post("/documents").then().statusCode(201);
        Map<String, Object> bad = bundle(doc);
        ((Map<String, Object>) ((List<?>) bad.get("quotes")).get(0)).put("speaker", "nobody");
        ((Map<String, Object>) ((List<?>) bad.get("relations")).get(0)).put("kind", "friendship");
        String feedBefore = feedEnd();

        curator().body(bad).post("/imports").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("/quotes/0/speaker", "/relations/0/kind")));

        given().queryParam("document", doc).get("/claims").then().statusCode(200).body("items.size()", equalTo(0));
        given().queryParam("since", feedBefore).get("/changes").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void malformedOrOversizedInputIsRefusedPrecisely() {
        curatorUnchecked().contentType(ContentType.TEXT).body("id: x").post("/documents").then().statusCode(415)
                .contentType("application/problem+json");
        curatorUnchecked().contentType(ContentType.JSON).body("{\"id\": ").post("/documents").then().statusCode(400)
                .body("title", equalTo("Malformed request body"));
        Map<String, Object> extra = document(newId());
        extra.put("colour", "red");
        curatorUnchecked().contentType(ContentType.JSON).body(extra).post("/documents").then().statusCode(400)
                .body("detail", equalTo("unknown property 'colour' at /colour"));
        curatorUnchecked().contentType(ContentType.JSON).body(document(newId(), "Teks dengan \u0000 di dalamnya")).post("/documents")
                .then().statusCode(400).body("errors[0].field", equalTo("text"));
        curatorUnchecked().contentType(ContentType.JSON).body(document(newId(), "x".repeat(1_100_000))).post("/documents")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aValueOfTheWrongJsonTypeOrAMemberGivenTwiceIsRefusedAndNothingIsWritten() {
        String quote = "/quotes/quote-putin-hostile";
        String before = given().get(quote).then().statusCode(200).extract().asString();
        String feedBefore = feedEnd();
        Map<String, String> refused = Map.of(
                "{\"text_en\": 12}", "/text_en",
                "{\"text_en\": 1e999999}", "/text_en",
                "{\"text_en\": true}", "/text_en",
                "{\"occurrence\": \"1\"}", "/occurrence",
                "{\"occurrence\": 1.7}", "/occurrence");
        refused.forEach((body, member) -> curatorUnchecked().contentType("application/merge-patch+json")
                .header("If-Match", etag(quote)).body(body).patch(quote).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("not a valid quote: invalid value at " + member)));
        curatorUnchecked().contentType("application/merge-patch+json").header("If-Match", etag(quote))
                .body("{\"text_en\": \"one\", \"text_en\": \"two\"}").patch(quote).then()
                .statusCode(400)
                // Column 29: just past the second "text_en".
                .body("detail", equalTo("member 'text_en' is given twice in one object at line 1, column 29"));
        Map<String, Object> numericTitle = document(newId());
        numericTitle.put("title", 2024);
        curatorUnchecked().contentType(ContentType.JSON).body(numericTitle).post("/documents").then()
                .statusCode(400).body("detail", containsString("/title"));

        assertThat(given().get(quote).then().statusCode(200).extract().asString()).isEqualTo(before);
        given().queryParam("since", feedBefore).get("/changes").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aChunkedBodyIsReadUpToTheLimitAndOneOverItIsA413Problem() throws IOException {
        String small = newId();
        RawHttp.Answer stored = RawHttp.sendChunked(chunkedPost("/documents"), json(document(small)));
        assertThat(stored.status()).as(stored.text()).isEqualTo(201);
        given().get("/documents/" + small).then().statusCode(200).body("id", equalTo(small));

        String large = newId();
        RawHttp.Answer refused = RawHttp.sendChunked(chunkedPost("/documents"), json(document(large, "x".repeat(1_100_000))));
        assertThat(refused.status()).as(refused.text()).isEqualTo(413);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("\"type\":\"/problems/payload-too-large\"", "\"status\":413");
        given().get("/documents/" + large).then().statusCode(404);
    }

    private static String chunkedPost(String path) {
        return RawHttp.request("POST", path, "Authorization: Bearer " + Tokens.curator("chunk"),
                "Content-Type: application/json", "Transfer-Encoding: chunked");
    }

    private static byte[] json(Object value) throws IOException {
        return new ObjectMapper().writeValueAsBytes(value);
    }

    @Test
    void editsNeedTheCurrentEtagAndTheLoserOfARaceIsToldSo() throws Exception {
        String quote = "quote-" + importArticle();
        String etag = given().get("/quotes/" + quote).then().statusCode(200).extract().header("ETag");

        curatorPatch().body(Map.of("text_en", "x")).patch("/quotes/" + quote).then().statusCode(428);
        curatorPatch().header("If-Match", "\"stale\"").body(Map.of("text_en", "x")).patch("/quotes/" + quote).then().statusCode(412);

        // Eight curators edit the same version at once: exactly one wins, the others learn it changed.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String wording = "Our cooperation is not aimed at third parties (" + i + ")";
            Callable<Integer> edit = () -> curatorPatch().header("If-Match", etag).body(Map.of("text_en", wording))
                    .patch("/quotes/" + quote).then().extract().statusCode();
            results.add(pool.submit(edit));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> result : results) {
            statuses.add(result.get());
        }
        pool.shutdown();
        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        String stored = given().get("/quotes/" + quote).then().extract().path("text_en");
        assertThat(stored).startsWith("Our cooperation is not aimed at third parties (");
    }

    @Test
    void aPatchThatBreaksTheEvidenceIsRefused() {
        String quote = "quote-" + importArticle();
        String etag = given().get("/quotes/" + quote).then().extract().header("ETag");
        curatorPatch().header("If-Match", etag).body(Map.of("text", "kata-kata yang tidak ada")).patch("/quotes/" + quote).then()
                .statusCode(422)
                .body("errors[0].field", equalTo("/text"))
                .body("errors[0].message", containsString("text not found"));
    }

    @Test
    void theChangeFeedShowsCreatesUpdatesAndDeletesInOrder() {
        String start = feedEnd();
        String doc = importArticle();
        String quote = "quote-" + doc;
        String etag = given().get("/quotes/" + quote).then().extract().header("ETag");
        String newEtag = curatorPatch().header("If-Match", etag).body(Map.of("kind", "partial")).patch("/quotes/" + quote).then()
                .statusCode(200).body("kind", equalTo("partial")).extract().header("ETag");
        curator().header("If-Match", newEtag).delete("/quotes/" + quote).then().statusCode(204);
        given().get("/quotes/" + quote).then().statusCode(404);

        List<String> events = new ArrayList<>();
        JsonPath page = given().queryParam("since", start).queryParam("limit", 100).get("/changes").then().statusCode(200)
                .extract().jsonPath();
        List<Map<String, Object>> items = page.getList("items");
        for (Map<String, Object> item : items) {
            if (item.get("id").equals(quote)) {
                events.add(item.get("op") + " by " + item.get("actor"));
            }
        }
        assertThat(events).containsExactly("created by curator:carla", "updated by curator:carla", "deleted by curator:carla");
        assertThat(items).extracting(i -> i.get("kind") + ":" + i.get("id")).contains("document:" + doc, "claim:claim-" + doc);
    }

    @Test
    void claimsAndRelationsAreDeletedOnlyWithTheCurrentEtag() {
        String doc = importArticle();
        for (String path : List.of("/claims/claim-" + doc, "/relations/rel-" + doc)) {
            String etag = given().get(path).then().statusCode(200).extract().header("ETag");
            curator().delete(path).then().statusCode(428).contentType("application/problem+json");
            curator().header("If-Match", "\"old\"").delete(path).then().statusCode(412);
            given().get(path).then().statusCode(200);
            curator().header("If-Match", etag).delete(path).then().statusCode(204);
            given().get(path).then().statusCode(404);
            curator().header("If-Match", etag).delete(path).then().statusCode(404);
        }
        given().queryParam("q", "artileri").queryParam("types", "claim").get("/search").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(hasItem("claim-" + doc)));
    }

    @Test
    void aCursorFromTheFeedResumesWithoutRepeats() {
        String first = given().queryParam("limit", 3).get("/changes").then().statusCode(200).extract().path("next_cursor");
        List<Map<String, Object>> next = given().queryParam("since", first).queryParam("limit", 3).get("/changes").then()
                .statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> firstItems = given().queryParam("limit", 3).get("/changes").then().extract().jsonPath().getList("items");
        assertThat(next).doesNotContainAnyElementsOf(firstItems);
        given().queryParam("since", "nonsense").get("/changes").then().statusCode(400).body("errors[0].field", equalTo("since"));
    }

    /** Stores a fresh copy of the article with its facts; returns the document id. */
    private String importArticle() {
        String doc = newId();
        curator().body(document(doc, TEXT + " [" + doc + "]")).post("/documents").then().statusCode(201);
        curator().body(bundle(doc)).post("/imports").then().statusCode(200);
        return doc;
    }

    private static String newId() {
        return "it-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> document(String id) {
        return document(id, TEXT + " [" + id + "]");
    }

    private static Map<String, Object> document(String id, String text) {
        Map<String, Object> doc = new java.util.HashMap<>();
        doc.put("id", id);
        doc.put("text", text);
        doc.put("lang", "id");
        doc.put("title", "Peluru untuk Rusia");
        doc.put("published", "2024-09");
        return doc;
    }

    private static Map<String, Object> bundle(String doc) {
        Map<String, Object> quote = new java.util.HashMap<>(Map.of("id", "quote-" + doc, "speaker", "vladimir-putin",
                "text", "Kerja sama kami tidak ditujukan kepada pihak ketiga", "text_en", "Our cooperation is not aimed at third parties",
                "kind", "direct"));
        Map<String, Object> relation = new java.util.HashMap<>(Map.of("id", "rel-" + doc, "source", "KP", "target", "RU",
                "kind", "arms_supply", "evidence", List.of(Map.of("exact", "Pyongyang mengirim peluru artileri ke Rusia"))));
        Map<String, Object> claim = Map.of("id", "claim-" + doc, "claimants", List.of(Map.of("country", "KR")),
                "subjects", List.of(Map.of("country", "KP")), "statement", "Pyongyang mengirim peluru artileri ke Rusia.",
                "statement_en", "Pyongyang sends artillery shells to Russia.", "category", "arms_transfer", "modality", "alleged",
                "evidence", List.of(Map.of("exact", "Pyongyang mengirim peluru artileri ke Rusia")));
        return Map.of("document", Map.of("id", doc, "lang", "id", "title", "Peluru untuk Rusia", "published", "2024-09"),
                "claims", List.of(claim), "quotes", List.of(quote), "relations", List.of(relation));
    }
}

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
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.net.URI;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Curators create, replace, patch and delete single facts of every kind, each checked like an import. */
@QuarkusTest
class FactEditApiTest extends ApiTest {

    private static final String TEXT = "Mongolia dan Korea Utara menandatangani nota kesepahaman tentang perdagangan di Ulaanbaatar. "
            + "Nota itu mengatur pertukaran batu bara dan kerja sama pelabuhan. \"Kami membuka babak baru,\" kata menteri "
            + "luar negeri kepada wartawan. Korea Selatan menuduh Pyongyang menjual senjata ke luar negeri.";

    @Test
    void countriesAndPeopleAreCreatedEditedAndDeletedWithTheirReferences() {
        removeIfPresent("/countries/XM");
        Map<String, Object> country = new HashMap<>(Map.of("code", "XM", "alpha3", "XMN", "name_en", "Xanadu Mongolia",
                "name_id", "Mongolia Xanadu", "aliases", List.of("Ulaanbaatar")));
        String createdTag = curator().body(country).post("/countries").then()
                .statusCode(201)
                .header("Location", endsWith("/countries/XM"))
                .body("aliases", hasItems("Xanadu Mongolia", "Mongolia Xanadu", "Ulaanbaatar"))
                .extract().header("ETag");
        curator().body(country).post("/countries").then().statusCode(409).body("detail", containsString("'XM'"));

        String etag = etag("/countries/XM");
        assertThat(createdTag).as("the ETag of a create is the one GET then serves").isEqualTo(etag);
        curatorPatch().body(Map.of("aliases", List.of("Ulaanbaatar", "Ulan Bator"))).patch("/countries/XM").then().statusCode(428);
        String patched = curatorPatch().header("If-Match", etag).body(Map.of("aliases", List.of("Ulaanbaatar", "Ulan Bator")))
                .patch("/countries/XM").then().statusCode(200)
                .body("aliases", hasItem("Ulan Bator"))
                .body("name_en", equalTo("Xanadu Mongolia"))
                .extract().header("ETag");
        assertThat(patched).isNotEqualTo(etag);
        curator().header("If-Match", etag).body(country).put("/countries/XM").then().statusCode(412);

        // A replacement says everything: aliases left out are gone; the code may be left out but not changed.
        Map<String, Object> replacement = Map.of("alpha3", "XMN", "name_en", "Xanadu", "name_id", "Xanadu");
        curator().header("If-Match", patched).body(Map.of("code", "XN", "alpha3", "XMN", "name_en", "Xanadu", "name_id", "Xanadu"))
                .put("/countries/XM").then().statusCode(422).body("errors[0].field", equalTo("/code"));
        curator().header("If-Match", patched).body(replacement).put("/countries/XM").then().statusCode(200)
                .body("aliases", equalTo(List.of("Xanadu")));
        curator().body(Map.of("code", "XO", "alpha3", "XMN", "name_en", "Other", "name_id", "Other")).post("/countries").then()
                .statusCode(422).body("errors[0].field", equalTo("/alpha3")).body("errors[0].message", containsString("'XM'"));

        removeIfPresent("/people/xanadu-minister");
        curator().body(Map.of("id", "xanadu-minister", "name", "Batu Xanadu", "country", "XM", "aliases", List.of("Batu")))
                .post("/people").then().statusCode(201).body("country.code", equalTo("XM"));
        given().queryParam("name", "batu xanadu").get("/people").then().statusCode(200)
                .body("items.id", equalTo(List.of("xanadu-minister")));

        String countryEtag = etag("/countries/XM");
        curator().header("If-Match", countryEtag).delete("/countries/XM").then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("references.people", equalTo(1))
                .body("detail", containsString("1 person"));
        given().get("/countries/XM").then().statusCode(200);

        curator().header("If-Match", countryEtag).queryParam("cascade", "true").delete("/countries/XM").then().statusCode(204);
        given().get("/countries/XM").then().statusCode(404);
        given().get("/people/xanadu-minister").then().statusCode(200).body("country", nullValue());
        curator().header("If-Match", etag("/people/xanadu-minister")).delete("/people/xanadu-minister").then().statusCode(204);
        given().get("/people/xanadu-minister").then().statusCode(404);
    }

    @Test
    void aCountryWithMoreThanTwoHundredNamesIsRefusedWholeAndOneAtTheBoundIsKept() {
        removeIfPresent("/countries/XW");
        List<String> aliases = new ArrayList<>();
        for (int i = 1; i <= 198; i++) {
            aliases.add("Xanadu " + i);
        }
        aliases.add("One name too many");
        String feed = feedEnd();
        curator().body(Map.of("code", "XW", "alpha3", "XWX", "name_en", "Xanadu West", "name_id", "Xanadu Barat", "aliases", aliases))
                .post("/countries").then()
                .statusCode(422)
                .body("errors.field", equalTo(List.of("/aliases")))
                .body("errors[0].message", equalTo("must name it at most 200 ways in all, its own names included, not 201"));
        given().get("/countries/XW").then().statusCode(404);
        given().queryParam("since", feed).get("/changes").then().statusCode(200).body("items.size()", equalTo(0));

        aliases.remove("One name too many");
        curator().body(Map.of("code", "XW", "alpha3", "XWX", "name_en", "Xanadu West", "name_id", "Xanadu Barat", "aliases", aliases))
                .post("/countries").then().statusCode(201);
        List<String> stored = given().get("/countries/XW").then().statusCode(200).extract().path("aliases");
        assertThat(stored).as("what a GET shows can be sent back").hasSize(200);
        curator().header("If-Match", etag("/countries/XW"))
                .body(Map.of("alpha3", "XWX", "name_en", "Xanadu West", "name_id", "Xanadu Barat", "aliases", stored))
                .put("/countries/XW").then().statusCode(200);
        removeIfPresent("/countries/XW");
    }

    @Test
    void anAgreementAndItsClausesAreEditedOneClauseAtATime() {
        String doc = storeDocument();
        String agreement = "mou-" + doc;
        Map<String, Object> body = new HashMap<>(Map.of("document", doc, "id", agreement, "name_en", "Trade memorandum",
                "kind", "memorandum", "parties", List.of("KP", "RU"), "status", "signed", "signed", "2024-11",
                "evidence", List.of(Map.of("exact", "nota kesepahaman tentang perdagangan"))));
        body.put("clauses", List.of(Map.of("ordinal", 1, "type", "economic_cooperation", "summary_en", "Coal is exchanged.",
                "evidence", List.of(Map.of("exact", "pertukaran batu bara")))));
        curator().body(body).post("/agreements").then()
                .statusCode(201)
                .header("Location", endsWith("/agreements/" + agreement))
                .body("clause_count", equalTo(1))
                .body("document_id", equalTo(doc))
                .body("evidence[0].start", equalTo(TEXT.indexOf("nota kesepahaman")));

        String clauses = "/agreements/" + agreement + "/clauses";
        curator().body(Map.of("type", "other", "summary_en", "Ports cooperate.", "evidence", List.of(Map.of("exact", "kerja sama pelabuhan"))))
                .post(clauses).then()
                .statusCode(201)
                .header("Location", endsWith(clauses + "/2"))
                .body("ordinal", equalTo(2));
        curator().body(Map.of("ordinal", 1, "type", "other", "summary_en", "Again.", "evidence", List.of(Map.of("exact", "Nota itu"))))
                .post(clauses).then().statusCode(409);
        curatorUnchecked().contentType(ContentType.JSON).body(Map.of("ordinal", "1", "type", "other", "summary_en", "Again.",
                "evidence", List.of(Map.of("exact", "Nota itu")))).post(clauses).then().statusCode(409);

        // Each clause has its own version: editing clause 2 leaves clause 1's ETag valid.
        String first = etag(clauses + "/1");
        String agreementBefore = etag("/agreements/" + agreement);
        String beforeEdit = feedEnd();
        curatorPatch().header("If-Match", etag(clauses + "/2")).body(Map.of("type", "economic_cooperation")).patch(clauses + "/2").then()
                .statusCode(200).body("type", equalTo("economic_cooperation"));
        assertThat(given().queryParam("since", beforeEdit).get("/changes").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("items")).extracting(i -> i.get("kind") + " " + i.get("id") + " " + i.get("op"))
                .as("the change feed names the one clause edited").containsExactly("agreement " + agreement + " updated",
                        "clause " + agreement + "/2 updated");
        // Evidence alone changing is a change of the clause too.
        String beforeEvidence = feedEnd();
        curatorPatch().header("If-Match", etag(clauses + "/2")).body(Map.of("evidence", List.of(Map.of("exact", "Nota itu"))))
                .patch(clauses + "/2").then().statusCode(200).body("evidence[0].exact", equalTo("Nota itu"));
        given().queryParam("since", beforeEvidence).get("/changes").then().statusCode(200)
                .body("items.id", hasItem(agreement + "/2"));
        curatorUnchecked().contentType(ContentType.JSON).body(Map.of("ordinal", 5.5, "type", "other", "summary_en", "Half.",
                "evidence", List.of(Map.of("exact", "Nota itu")))).post(clauses).then()
                .statusCode(422).body("errors[0].field", equalTo("/ordinal"));
        // The agreement's own version covers its clauses: a write based on the agreement as it was loses nothing.
        curatorPatch().header("If-Match", agreementBefore).body(Map.of("status", "ratified")).patch("/agreements/" + agreement).then()
                .statusCode(412);
        curatorPatch().header("If-Match", first).body(Map.of("summary_en", "Coal is traded.")).patch(clauses + "/1").then()
                .statusCode(200).body("summary_en", equalTo("Coal is traded."));

        curatorPatch().header("If-Match", etag(clauses + "/2")).body(Map.of("evidence", List.of(Map.of("exact", "kapal selam"))))
                .patch(clauses + "/2").then().statusCode(422)
                .body("errors[0].field", equalTo("/evidence/0/exact"))
                .body("errors[0].message", containsString("text not found"));
        curatorPatch().header("If-Match", etag(clauses + "/2")).body(Map.of("ordinal", 7)).patch(clauses + "/2").then()
                .statusCode(422).body("errors[0].field", equalTo("/ordinal"));
        curator().header("If-Match", etag(clauses + "/2"))
                .body(Map.of("type", "consultation", "summary_en", "Ports consult.", "evidence", List.of(Map.of("exact", "kerja sama pelabuhan"))))
                .put(clauses + "/2").then().statusCode(200).body("type", equalTo("consultation"));
        curator().header("If-Match", etag(clauses + "/2")).delete(clauses + "/2").then().statusCode(204);
        given().get(clauses).then().statusCode(200).body("items.ordinal", equalTo(List.of(1)));

        String claim = "claim-" + doc;
        Map<String, Object> aboutIt = claim(doc, claim);
        aboutIt.put("about_agreement", agreement);
        curator().body(aboutIt).post("/claims").then().statusCode(201).body("about.id", equalTo(agreement));
        String agreementEtag = etag("/agreements/" + agreement);
        curator().header("If-Match", agreementEtag).delete("/agreements/" + agreement).then()
                .statusCode(409).body("references.claims", equalTo(1));
        curator().header("If-Match", agreementEtag).queryParam("cascade", "true").delete("/agreements/" + agreement).then()
                .statusCode(204);
        given().get("/agreements/" + agreement).then().statusCode(404);
        given().get(clauses).then().statusCode(404);
        given().get("/claims/" + claim).then().statusCode(200).body("about", nullValue());
    }

    @Test
    void anInvalidFactIsA422NamingEachProblemAndWritesNothing() {
        String doc = storeDocument();
        String start = feedEnd();
        Map<String, Object> claim = claim(doc, "claim-" + doc);

        Map<String, Object> noDocument = new HashMap<>(claim);
        noDocument.remove("document");
        curatorUnchecked().contentType(ContentType.JSON).body(noDocument).post("/claims").then().statusCode(422).body("errors[0].field", equalTo("/document"));
        Map<String, Object> unknownDocument = new HashMap<>(claim);
        unknownDocument.put("document", "no-such-document");
        curator().body(unknownDocument).post("/claims").then().statusCode(422).body("detail", containsString("no-such-document"));

        Map<String, Object> broken = new HashMap<>(claim);
        broken.put("claimants", List.of(Map.of("person", "nobody")));
        broken.put("evidence", List.of(Map.of("exact", "kata yang tidak ada")));
        curator().body(broken).post("/claims").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("/claimants/0/person", "/evidence/0/exact")));

        Map<String, Object> extra = new HashMap<>(claim);
        extra.put("colour", "red");
        curatorUnchecked().contentType(ContentType.JSON).body(extra).post("/claims").then()
                .statusCode(400).body("detail", containsString("'colour'"));
        Map<String, Object> nul = new HashMap<>(claim);
        nul.put("statement_en", "Pyongyang \u0000 sells");
        curator().body(nul).post("/claims").then().statusCode(400).body("errors[0].field", equalTo("/statement_en"));
        curatorUnchecked().contentType(ContentType.JSON).body("[1, 2]").post("/claims").then().statusCode(400);
        Map<String, Object> nullActor = new HashMap<>(claim);
        nullActor.put("claimants", java.util.Arrays.asList((Object) null));
        curatorUnchecked().contentType(ContentType.JSON).body(nullActor).post("/claims").then()
                .statusCode(422).body("errors[0].field", equalTo("/claimants/0"));
        // Imports pass the same gate: NUL anywhere in a bundle is a 400 naming where, before any lookup.
        curator().body(Map.of("document", Map.of("id", doc), "quotes", List.of(Map.of("id", "q-" + doc, "speaker", "vladimir-putin",
                "text", "Kami membuka babak baru", "text_en", "We \u0000 open", "kind", "direct")))).post("/imports").then()
                .statusCode(400).body("errors[0].field", equalTo("/quotes/0/text_en"));
        Map<String, Object> nulId = new HashMap<>(claim);
        nulId.put("id", "claim-\u0000");
        curator().body(nulId).post("/claims").then().statusCode(400).body("errors[0].field", equalTo("/id"));
        Map<String, Object> longId = new HashMap<>(claim);
        longId.put("id", "c".repeat(121));
        curator().body(longId).post("/claims").then().statusCode(422).body("errors[0].field", equalTo("/id"));
        String halfAnEmoji = "{\"document\": \"" + doc + "\", \"id\": \"claim-" + doc + "\", \"claimants\": [{\"country\": \"KR\"}], "
                + "\"statement\": \"s\", \"statement_en\": \"s\", \"category\": \"other\", \"modality\": \"asserted\", "
                + "\"evidence\": [{\"exact\": \"\\ud83d\"}]}";
        curatorUnchecked().contentType(ContentType.JSON).body(halfAnEmoji).post("/claims").then()
                .statusCode(400).body("errors[0].field", equalTo("/evidence/0/exact"));
        curatorUnchecked().contentType(ContentType.TEXT).body("id: x").post("/claims").then().statusCode(415);

        given().queryParam("document", doc).get("/claims").then().statusCode(200).body("items.size()", equalTo(0));
        given().queryParam("since", start).get("/changes").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void aRelationIsReplacedOrPatchedOnlyInItsOwnDocumentAndUnderItsOwnId() {
        String doc = storeDocument();
        String relation = "rel-" + doc;
        curator().body(Map.of("document", doc, "id", relation, "source", "KP", "target", "RU", "kind", "trade",
                "evidence", List.of(Map.of("exact", "nota kesepahaman tentang perdagangan")))).post("/relations").then()
                .statusCode(201).header("Location", endsWith("/relations/" + relation));
        String path = "/relations/" + relation;
        Map<String, Object> replacement = Map.of("source", "KP", "target", "RU", "kind", "cooperation", "since", "2024-11",
                "evidence", List.of(Map.of("exact", "kerja sama pelabuhan")));

        curator().body(replacement).put(path).then().statusCode(428);
        curator().header("If-Match", "\"stale\"").body(replacement).put(path).then().statusCode(412);
        Map<String, Object> renamed = new HashMap<>(replacement);
        renamed.put("id", "rel-other");
        curator().header("If-Match", etag(path)).body(renamed).put(path).then().statusCode(422).body("errors[0].field", equalTo("/id"));
        curatorPatch().header("If-Match", etag(path)).body(Map.of("document", DOCUMENT)).patch(path).then()
                .statusCode(422).body("errors[0].field", equalTo("/document"));

        curator().header("If-Match", etag(path)).body(replacement).put(path).then().statusCode(200)
                .body("kind", equalTo("cooperation"))
                .body("since.value", equalTo("2024-11"))
                .body("evidence.exact", equalTo(List.of("kerja sama pelabuhan")));
        Map<String, Object> noSince = new HashMap<>();
        noSince.put("since", null);
        curatorPatch().header("If-Match", etag(path)).body(noSince).patch(path).then().statusCode(200)
                .body("since", nullValue())
                .body("kind", equalTo("cooperation"));
        curator().header("If-Match", etag(path)).delete(path).then().statusCode(204);
    }

    @Test
    void ifMatchStarIsNoPreconditionForAnEdit() {
        String path = "/quotes/quote-putin-hostile";
        String before = etag(path);
        curatorPatch().header("If-Match", "*").body(Map.of("text_en", "changed without reading")).patch(path).then()
                .statusCode(428)
                .contentType("application/problem+json")
                .body("detail", containsString("If-Match: *"));
        assertThat(etag(path)).as("nothing was written").isEqualTo(before);
    }

    @Test
    void deletingASpeakerWithCascadeDeletesTheirQuotesAndTheFeedShowsTombstonesInOrder() {
        String doc = storeDocument();
        String person = "speaker-" + doc;
        String quote = "quote-" + doc;
        String start = feedEnd();
        curator().body(Map.of("id", person, "name", "Menteri " + doc)).post("/people").then().statusCode(201);
        curator().body(Map.of("document", doc, "id", quote, "speaker", person, "text", "Kami membuka babak baru",
                "text_en", "We are opening a new chapter", "kind", "direct")).post("/quotes").then()
                .statusCode(201)
                .header("Location", endsWith("/quotes/" + quote))
                .body("evidence[0].exact", equalTo("Kami membuka babak baru"));
        given().queryParam("speaker", "menteri " + doc).get("/quotes").then().statusCode(200).body("items.id", equalTo(List.of(quote)));

        String etag = etag("/people/" + person);
        curator().header("If-Match", etag).delete("/people/" + person).then().statusCode(409).body("references.quotes", equalTo(1));
        curator().header("If-Match", etag).queryParam("cascade", "yes").delete("/people/" + person).then().statusCode(400)
                .body("errors[0].field", equalTo("cascade"));
        curator().header("If-Match", etag).queryParam("cascade", "true").delete("/people/" + person).then().statusCode(204);
        given().get("/quotes/" + quote).then().statusCode(404);
        given().queryParam("q", "babak").get("/search").then().statusCode(200).body("items.id", not(hasItem(quote)));

        List<String> events = new ArrayList<>();
        for (Map<String, Object> item : given().queryParam("since", start).queryParam("limit", 100).get("/changes").then()
                .statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items")) {
            if (item.get("id").equals(person) || item.get("id").equals(quote)) {
                events.add(item.get("kind") + " " + item.get("op"));
            }
        }
        assertThat(events).containsExactly("person created", "quote created", "quote deleted", "person deleted");
    }

    @Test
    void deletingACountryWithCascadeTakesItsAgreementsClaimsAndRelationsAndDetachesWhatWasAboutThem() {
        removeIfPresent("/countries/XC");
        removeIfPresent("/organizations/xc-news");
        String doc = storeDocument();
        curator().body(Map.of("code", "XC", "alpha3", "XCX", "name_en", "Xcountry", "name_id", "Xnegara")).post("/countries").then().statusCode(201);
        curator().body(Map.of("id", "xc-news", "name_en", "Xcountry News", "kind", "news_agency")).post("/organizations").then().statusCode(201);
        String agreement = "mou-" + doc;
        curator().body(Map.of("document", doc, "id", agreement, "name_en", "Memorandum", "kind", "memorandum", "parties", List.of("XC", "RU"),
                "status", "signed", "evidence", List.of(Map.of("exact", "nota kesepahaman tentang perdagangan")))).post("/agreements").then()
                .statusCode(201);
        Map<String, Object> claim = claim(doc, "claim-" + doc);
        claim.put("claimants", List.of(Map.of("country", "XC")));
        curator().body(claim).post("/claims").then().statusCode(201);
        curator().body(Map.of("document", doc, "id", "rel-" + doc, "source", "XC", "target", "RU", "kind", "trade",
                "evidence", List.of(Map.of("exact", "pertukaran batu bara")))).post("/relations").then().statusCode(201);
        String quote = "quote-" + doc;
        curator().body(Map.of("document", doc, "id", quote, "speaker", "vladimir-putin", "text", "Kami membuka babak baru",
                "text_en", "We are opening a new chapter", "kind", "direct", "channel", "xc-news", "about_agreement", agreement))
                .post("/quotes").then().statusCode(201).body("about.id", equalTo(agreement));

        String etag = etag("/countries/XC");
        curator().header("If-Match", etag).delete("/countries/XC").then()
                .statusCode(409)
                .body("references", equalTo(Map.of("agreements", 1, "claims", 1, "relations", 1)))
                .body("detail", containsString("cascade=true"));
        curator().header("If-Match", etag).queryParam("cascade", "true").delete("/countries/XC").then().statusCode(204);
        for (String gone : List.of("/countries/XC", "/agreements/" + agreement, "/claims/claim-" + doc, "/relations/rel-" + doc)) {
            given().get(gone).then().statusCode(404);
        }
        given().get("/quotes/" + quote).then().statusCode(200).body("about", nullValue()).body("channel.id", equalTo("xc-news"));

        String organization = etag("/organizations/xc-news");
        curator().header("If-Match", organization).delete("/organizations/xc-news").then()
                .statusCode(409).body("references", equalTo(Map.of("quotes", 1)));
        curator().header("If-Match", organization).queryParam("cascade", "true").delete("/organizations/xc-news").then().statusCode(204);
        given().get("/quotes/" + quote).then().statusCode(200).body("channel", nullValue()).body("speaker.id", equalTo("vladimir-putin"));
    }

    @Test
    void anEditThatChangesNothingWritesNothing() {
        String feed = feedEnd();
        for (String path : List.of("/agreements/" + TREATY, "/countries/RU", "/people/vladimir-putin", "/quotes/quote-putin-hostile")) {
            String etag = etag(path);
            curatorPatch().header("If-Match", etag).body(Map.of()).patch(path).then().statusCode(200).header("ETag", equalTo(etag));
        }
        given().queryParam("since", feed).get("/changes").then().statusCode(200).body("items.size()", equalTo(0));
    }

    /** Swagger UI offers these bodies: each create, replace and patch example must work as shown, then be deleted again. */
    @Test
    void everyWriteExampleInTheContractWorks() {
        JsonNode paths = given().get("/q/openapi?format=json").then().statusCode(200).extract().as(JsonNode.class).get("paths");
        List<String> tried = new ArrayList<>();
        // Clause examples go to a scratch agreement: the bundled treaty must stay exactly as its bundle says.
        String scratch = "examples-scratch-agreement";
        removeIfPresent("/agreements/" + scratch);
        curator().body(Map.of("document", DOCUMENT, "id", scratch, "name_en", "Scratch", "kind", "agreement", "parties", List.of("RU", "KP"),
                "status", "proposed", "evidence", List.of(Map.of("exact", "kerja sama militer-teknis")))).post("/agreements").then()
                .statusCode(201);
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> collection = it.next();
            JsonNode create = example(collection.getValue().path("post"), "application/json");
            if (create == null || collection.getKey().equals("/documents")) {
                continue;
            }
            JsonNode exampleId = create.has("code") ? create.get("code") : create.get("id");
            if (exampleId != null) {
                removeIfPresent(collection.getKey() + "/" + exampleId.asText());
            }
            io.restassured.response.Response response = curator().body(create.toString())
                    .post(collection.getKey().replace("{id}", scratch));
            assertThat(response.statusCode()).as(collection.getKey() + ": " + response.asString()).isEqualTo(201);
            String created = response.header("Location");
            String member = URI.create(created).getPath();
            JsonNode item = memberItem(paths, collection.getKey());
            curator().header("If-Match", etag(member)).body(example(item.get("put"), "application/json").toString()).put(member).then()
                    .statusCode(200);
            curatorPatch().header("If-Match", etag(member)).body(example(item.get("patch"), "application/merge-patch+json").toString())
                    .patch(member).then().statusCode(200);
            RequestSpecification delete = curator().header("If-Match", etag(member));
            if (item.get("delete").toString().contains("\"cascade\"")) {
                delete.queryParam("cascade", "true");
            }
            delete.delete(member).then().statusCode(204);
            given().get(member).then().statusCode(404);
            tried.add(collection.getKey());
        }
        curator().header("If-Match", etag("/agreements/" + scratch)).delete("/agreements/" + scratch).then().statusCode(204);
        assertThat(tried).containsExactlyInAnyOrder("/countries", "/people", "/organizations", "/agreements",
                "/agreements/{id}/clauses", "/claims", "/quotes", "/relations");
    }

    private static JsonNode example(JsonNode operation, String mediaType) {
        JsonNode example = operation.path("requestBody").path("content").path(mediaType).path("examples").path("example").path("value");
        if (example.isMissingNode()) {
            example = operation.path("requestBody").path("content").path(mediaType).path("schema").path("example");
        }
        return example.isMissingNode() ? null : example;
    }

    /** The path item of one member of a collection: /countries/{code}, /agreements/{id}/clauses/{ordinal}... */
    private static JsonNode memberItem(JsonNode paths, String collection) {
        for (Iterator<String> names = paths.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (name.matches(java.util.regex.Pattern.quote(collection) + "/\\{[a-z]+}")) {
                return paths.get(name);
            }
        }
        throw new AssertionError("no member path under " + collection);
    }

    private static Map<String, Object> claim(String doc, String id) {
        Map<String, Object> claim = new HashMap<>(Map.of("document", doc, "id", id, "claimants", List.of(Map.of("country", "KR")),
                "subjects", List.of(Map.of("country", "KP")), "statement", "Pyongyang menjual senjata ke luar negeri.",
                "statement_en", "Pyongyang sells weapons abroad.", "category", "arms_transfer", "modality", "alleged",
                "evidence", List.of(Map.of("exact", "menuduh Pyongyang menjual senjata"))));
        return claim;
    }

    /** Stores a fresh copy of the test article; returns its id. */
    private static String storeDocument() {
        String doc = "ed-" + UUID.randomUUID().toString().substring(0, 8);
        curator().body(Map.of("id", doc, "text", TEXT + " [" + doc + "]", "lang", "id", "title", "Nota kesepahaman"))
                .post("/documents").then().statusCode(201);
        return doc;
    }

    /** Leftovers of an earlier run against a kept database. */
    private static void removeIfPresent(String path) {
        if (given().get(path).then().extract().statusCode() == 200) {
            // Unchecked: claims, quotes and relations take no cascade parameter, and ignore it.
            curatorUnchecked().header("If-Match", etag(path)).queryParam("cascade", "true").delete(path).then().statusCode(204);
        }
    }
}

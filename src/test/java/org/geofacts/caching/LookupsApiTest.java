package org.geofacts.caching;

import static io.restassured.RestAssured.given;
import static org.geofacts.support.Writes.curator;
import static org.geofacts.support.Writes.curatorPatch;
import static org.geofacts.support.Writes.etag;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Names, aliases and agreement titles that reads remember between writes are read again once a
 * write commits. Each second read uses a different URL (another limit), so the response cache
 * cannot answer it and only the remembered lookups could make it stale.
 */
@QuarkusTest
class LookupsApiTest extends ApiTest {

    private static final String TEXT = "Kedua menteri bertemu di Ulaanbaatar. \"Kerja sama ini saling menguntungkan,\" kata menteri "
            + "perdagangan. Korea Selatan menuduh Pyongyang menjual senjata ke luar negeri. Nota kerja sama perdagangan ditandatangani.";

    @Test
    void aWriteMakesReadsLookNamesUpAgain() {
        String doc = "lk-" + UUID.randomUUID().toString().substring(0, 8);
        String person = "minister-" + doc;
        String agreement = "mou-" + doc;
        curator().body(Map.of("id", doc, "text", TEXT + " [" + doc + "]", "lang", "id", "title", "Pertemuan")).post("/documents")
                .then().statusCode(201);
        curator().body(Map.of("id", person, "name", "Menteri Perdagangan " + doc)).post("/people").then().statusCode(201);
        curator().body(Map.of("document", doc, "id", agreement, "name_en", "Trade note " + doc, "kind", "memorandum", "status", "signed",
                "parties", List.of("KP", "KR"), "evidence", List.of(Map.of("exact", "Nota kerja sama perdagangan ditandatangani"))))
                .post("/agreements").then().statusCode(201);
        curator().body(Map.of("document", doc, "id", "quote-" + doc, "speaker", person, "kind", "direct", "about_agreement", agreement,
                "text", "Kerja sama ini saling menguntungkan")).post("/quotes").then().statusCode(201);
        Map<String, Object> claim = new HashMap<>(Map.of("document", doc, "id", "claim-" + doc,
                "claimants", List.of(Map.of("person", person)), "subjects", List.of(Map.of("country", "KP")),
                "statement", "Pyongyang menjual senjata ke luar negeri.", "category", "arms_transfer", "modality", "alleged",
                "evidence", List.of(Map.of("exact", "menuduh Pyongyang menjual senjata"))));
        curator().body(claim).post("/claims").then().statusCode(201);

        String alias = "Mendag " + doc;
        given().queryParam("speaker", alias).queryParam("limit", 20).get("/quotes").then().statusCode(200).body("items", empty());
        given().queryParam("claimant", alias).queryParam("limit", 20).get("/claims").then().statusCode(200).body("items", empty());
        given().queryParam("document", doc).queryParam("limit", 20).get("/claims").then().statusCode(200)
                .body("items[0].claimants[0].name", equalTo("Menteri Perdagangan " + doc));
        given().queryParam("document", doc).queryParam("limit", 20).get("/quotes").then().statusCode(200)
                .body("items[0].about.name_en", equalTo("Trade note " + doc));

        curatorPatch().header("If-Match", etag("/people/" + person))
                .body(Map.of("name", "Menteri Dagang " + doc, "aliases", List.of(alias))).patch("/people/" + person).then().statusCode(200);
        curatorPatch().header("If-Match", etag("/agreements/" + agreement))
                .body(Map.of("name_en", "Trade memorandum " + doc)).patch("/agreements/" + agreement).then().statusCode(200);

        given().queryParam("speaker", alias).queryParam("limit", 21).get("/quotes").then().statusCode(200)
                .body("items.id", equalTo(List.of("quote-" + doc)));
        given().queryParam("claimant", alias).queryParam("limit", 21).get("/claims").then().statusCode(200)
                .body("items.id", equalTo(List.of("claim-" + doc)));
        given().queryParam("document", doc).queryParam("limit", 21).get("/claims").then().statusCode(200)
                .body("items[0].claimants[0].name", equalTo("Menteri Dagang " + doc));
        given().queryParam("document", doc).queryParam("limit", 21).get("/quotes").then().statusCode(200)
                .body("items[0].about.name_en", equalTo("Trade memorandum " + doc));
    }
}

package org.geofacts.web;

import static org.geofacts.support.Writes.curatorUnchecked;
import static org.geofacts.support.Writes.etag;
import static org.geofacts.support.Writes.feedEnd;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;

import org.geofacts.support.ApiTest;
import org.geofacts.support.RandomStrings;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Walks every operation of the served OpenAPI document and sends it malformed and random
 * parameters, paths and bodies. Whatever comes in: no 5xx, every error is problem+json whose
 * status matches the response, nothing leaks internals, and failed writes change nothing.
 */
@QuarkusTest
class BadInputTest extends ApiTest {

    /** Already percent-encoded, sent as is: SQL metacharacters, NUL, invalid UTF-8, huge numbers, look-alikes. */
    private static final List<String> NASTY = List.of(
            "%27%3B%20DROP%20TABLE%20claims%3B%20--", "%22%20OR%201%3D1%20--", "%25", "%5C", "%00", "abc%00def",
            "%C3%28", "%FF%FE", "%ED%A0%80", "99999999999999999999999", "-1", "0", "1e309", "NaN", "%E2%80%AE",
            "%D0%A0utin", "%EF%BC%B0%EF%BD%95%EF%BD%94%EF%BD%89%EF%BD%8E", "%F0%9F%98%80", "%20%20", "",
            "x".repeat(10_000), "%0D%0ASet-Cookie%3A%20x%3Dy", "..%2F..%2Fetc%2Fpasswd", "%7B%7D", "null", "true");

    @Test
    void noOperationAnswers5xxOrAnythingButProblemsToMalformedParameters() throws Exception {
        JsonNode paths = given().get("/q/openapi?format=json").then().extract().as(JsonNode.class).get("paths");
        List<String> values = new ArrayList<>(NASTY);
        // Random printable and unicode strings, percent-encoded, on top of the hand-picked ones.
        RandomStrings random = new RandomStrings();
        random.strings(15, 1, 40).stream().map(BadInputTest::percentEncode).forEach(values::add);
        List<String> targets = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            JsonNode get = path.getValue().get("get");
            if (get == null) {
                continue;
            }
            List<String> query = new ArrayList<>();
            get.path("parameters").forEach(p -> {
                if ("query".equals(p.get("in").asText())) {
                    query.add(p.get("name").asText());
                }
            });
            for (String value : values) {
                if (path.getKey().contains("{")) {
                    targets.add(path.getKey().replaceAll("\\{[^}]+}", value.isEmpty() ? "x" : value));
                }
                for (String name : query) {
                    targets.add(path.getKey().replaceAll("\\{[^}]+}", "x") + "?" + name + "=" + value);
                }
            }
        }
        assertThat(targets).as("requests to send").hasSizeGreaterThan(500);
        // Four clients at once: the suite stays quick, and the service sees concurrent bad input too.
        ForkJoinPool clients = new ForkJoinPool(4);
        try {
            clients.submit(() -> targets.parallelStream().forEach(target -> assertWellBehaved("GET " + target, raw().get(target)))).get();
        } finally {
            clients.shutdown();
        }
    }

    @Test
    void malformedBodiesAreRefusedWithProblemsAndWriteNothing() {
        String feed = feedEnd();
        List<String> bodies = new ArrayList<>(List.of(
                "", "{", "[]", "null", "\"text\"", "{\"id\": 1e999999}", "{\"id\": 123456789012345678901234567890}",
                "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000),
                "{\"id\": \"x\u0000y\", \"text\": \"t\", \"lang\": \"id\", \"title\": \"t\"}",
                "{\"id\": \"doc\", \"text\": \"" + "\\u0000" + "\", \"lang\": \"id\", \"title\": \"t\"}",
                "{\"document\": {\"id\": \"ru-kp-treaty-2024\"}, \"quotes\": [{\"id\": \"q\", \"speaker\": \"\\u0420utin\","
                        + " \"text\": \"'; DROP TABLE quotes; --\", \"text_en\": \"x\", \"kind\": \"direct\"}]}",
                // Found by review: nulls where entries belong, and NUL in ids that are looked up before they are checked.
                "{\"document\": {\"id\": \"ru-kp-treaty-2024\"}, \"claims\": [null], \"quotes\": [null], \"relations\": [null]}",
                "{\"document\": {\"id\": \"ru-kp\\u0000\"}}",
                "{\"document\": {\"id\": \"ru-kp-treaty-2024\"}, \"claims\": [{\"id\": \"c\\u0000\"}],"
                        + " \"countries\": [{\"code\": \"XQ\", \"alpha3\": \"X\\u0000Q\", \"wikidata\": \"Q\\u00001\"}]}",
                "{\"ordinal\": 2.5, \"type\": \"other\", \"summary_en\": \"x\", \"evidence\": [{\"exact\": \"\\ud83d\"}]}"));
        bodies.addAll(new RandomStrings().strings(30, 0, 200));
        // The current versions, so that bodies reach validation; no write succeeds, so they stay current.
        String quoteTag = etag("/quotes/quote-putin-hostile");
        String relationTag = etag("/relations/rel-ru-kp-alliance");
        String clauseTag = etag("/agreements/" + TREATY + "/clauses/1");
        for (String body : bodies) {
            assertWellBehaved("POST /documents " + abbreviate(body), curatorUnchecked().contentType("application/json").body(body).post("/documents"));
            assertWellBehaved("POST /imports " + abbreviate(body), curatorUnchecked().contentType("application/json").body(body).post("/imports"));
            assertWellBehaved("PATCH /quotes/quote-putin-hostile " + abbreviate(body), curatorUnchecked().header("If-Match", quoteTag)
                    .contentType("application/merge-patch+json").body(body).patch("/quotes/quote-putin-hostile"));
            assertWellBehaved("POST /countries " + abbreviate(body), curatorUnchecked().contentType("application/json").body(body).post("/countries"));
            assertWellBehaved("POST /claims " + abbreviate(body), curatorUnchecked().contentType("application/json").body(body).post("/claims"));
            assertWellBehaved("PUT /relations/rel-ru-kp-alliance " + abbreviate(body), curatorUnchecked().header("If-Match", relationTag)
                    .contentType("application/json").body(body).put("/relations/rel-ru-kp-alliance"));
            assertWellBehaved("POST clause " + abbreviate(body), curatorUnchecked().contentType("application/json").body(body)
                    .post("/agreements/" + TREATY + "/clauses"));
            assertWellBehaved("PATCH clause " + abbreviate(body), curatorUnchecked().header("If-Match", clauseTag)
                    .contentType("application/merge-patch+json").body(body).patch("/agreements/" + TREATY + "/clauses/1"));
        }
        byte[] invalidUtf8 = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertWellBehaved("POST /documents invalid UTF-8", curatorUnchecked().contentType("application/json").body(invalidUtf8).post("/documents"));
        assertThat(feedEnd()).as("the change feed after refused writes").isEqualTo(feed);
    }

    private static void assertWellBehaved(String request, Response response) {
        int status = response.statusCode();
        assertThat(status).as(request).isLessThan(500);
        if (status >= 400) {
            assertThat(response.contentType()).as(request).startsWith("application/problem+json");
            assertThat(response.jsonPath().getInt("status")).as(request).isEqualTo(status);
            assertThat(response.asString()).as(request).doesNotContain("Exception", "org.geofacts", "org.hibernate", "SQLState");
        }
    }

    private static RequestSpecification raw() {
        return given().noFilters().urlEncodingEnabled(false);
    }

    private static String percentEncode(String value) {
        return value.codePoints().mapToObj(cp -> new String(Character.toChars(cp)))
                .map(s -> java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(Collectors.joining());
    }

    private static String abbreviate(String body) {
        return body.length() <= 60 ? body : body.substring(0, 57) + "...";
    }
}

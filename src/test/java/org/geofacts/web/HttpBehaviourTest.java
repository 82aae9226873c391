package org.geofacts.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import org.geofacts.support.ApiTest;
import org.geofacts.support.RawHttp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Cross-cutting HTTP behaviour: paging, caching, CORS, compression and problem answers. */
@QuarkusTest
class HttpBehaviourTest extends ApiTest {

    @Test
    void pagingVisitsEveryClaimOnceWithNoGaps() {
        List<String> all = given().queryParam("limit", 100).get("/claims").then().statusCode(200)
                .body("next_cursor", nullValue()).extract().jsonPath().getList("items.id", String.class);
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = given().queryParam("limit", 5);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/claims").then().statusCode(200).body("limit", equalTo(5)).extract().jsonPath();
            paged.addAll(page.getList("items.id", String.class));
            cursor = page.getString("next_cursor");
            pages++;
        } while (cursor != null);
        assertThat(all).hasSizeGreaterThanOrEqualTo(28);
        assertThat(pages).isEqualTo((all.size() + 4) / 5);
        assertThat(paged).isEqualTo(all).doesNotHaveDuplicates();
        assertThat(new HashSet<>(paged)).hasSize(all.size());
    }

    @Test
    void aDefaultPageHoldsTwentyItems() {
        given().get("/claims").then().statusCode(200)
                .body("items.size()", equalTo(20))
                .body("limit", equalTo(20))
                .body("next_cursor", not(emptyString()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "101", "-1", "ten", "99999999999"})
    void anOutOfRangeOrMalformedLimitIsA400NamingIt(String limit) {
        // noFilters: the contract itself declares limit an integer from 1 to 100, so the validator would refuse to send these.
        given().noFilters().queryParam("limit", limit).get("/quotes").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("title", equalTo("Invalid parameter"))
                .body("errors[0].field", equalTo("limit"))
                .body("instance", equalTo("/quotes"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "djE6", "!!!", "' OR 1=1 --"})
    void aCursorTheServiceDidNotIssueIsA400(String cursor) {
        given().queryParam("cursor", cursor).get("/claims").then().statusCode(400).body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void aMatchingEtagGives304WithoutABody() {
        var first = given().get("/agreements/{id}", TREATY).then().statusCode(200).extract();
        String etag = first.header("ETag");
        assertThat(etag).matches("\"[A-Za-z0-9_-]{24}\"");
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=60");
        given().header("If-None-Match", etag).get("/agreements/{id}", TREATY).then()
                .statusCode(304).header("ETag", etag).body(emptyString());
        given().header("If-None-Match", "\"something-else\"").get("/agreements/{id}", TREATY).then().statusCode(200);
    }

    @Test
    void differentRepresentationsHaveDifferentEtags() {
        String json = given().get("/quotes/quote-putin-hostile").then().statusCode(200).extract().header("ETag");
        String linked = given().noFilters().accept("application/ld+json").get("/quotes/quote-putin-hostile").then().statusCode(200)
                .extract().header("ETag");
        assertThat(json).isNotEqualTo(linked);
    }

    @Test
    void allowsCrossOriginReads() {
        for (int i = 0; i < 2; i++) { // computed, then from the read cache
            given().header("Origin", "https://newsroom.example").get("/countries/RU").then().statusCode(200)
                    .header("Access-Control-Allow-Origin", org.hamcrest.Matchers.anyOf(equalTo("*"), equalTo("https://newsroom.example")))
                    .header("Vary", allOf(containsString("Accept"), containsString("Origin")));
        }
    }

    @Test
    void compressesWhenTheClientAcceptsIt() {
        given().header("Accept-Encoding", "gzip").get("/claims?limit=100").then().statusCode(200)
                .header("Content-Encoding", "gzip");
    }

    @Test
    void anUnknownPathIsA404Problem() {
        given().noFilters().get("/no/such/thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("instance", equalTo("/no/such/thing"));
    }

    @Test
    void aWrongMethodIsA405Problem() {
        given().noFilters().put("/countries").then().statusCode(405)
                .contentType("application/problem+json")
                .body("title", equalTo("Method not allowed"));
    }

    @Test
    void anUnproducibleMediaTypeIsA406Problem() {
        given().noFilters().accept("text/csv").get("/agreements").then().statusCode(406)
                .contentType("application/problem+json")
                .body("status", equalTo(406))
                .body("title", equalTo("Not acceptable"));
    }

    /** Escapes that are not two hex digits or not UTF-8, and characters a URI may not hold. */
    @ParameterizedTest
    @ValueSource(strings = {"/search?q=%C3%28", "/quotes?speaker=%ED%A0%80", "/countries/%FF", "/quotes?cursor=%%%garbage",
        "/quotes?speaker=%%%", "/countries/%zz", "/countries/RU%", "/search?q=a|b", "/search?q=<b>"})
    void aTargetWhoseEscapesDoNotDecodeIsA400Problem(String target) throws IOException {
        RawHttp.Answer answer = RawHttp.send(RawHttp.request("GET", target));
        assertThat(answer.status()).as(target).isEqualTo(400);
        assertThat(answer.header("Content-Type")).as(target).startsWith("application/problem+json");
        assertThat(answer.body()).as(target).contains("\"type\":\"/problems/invalid-uri\"", "\"status\":400", "\"instance\":\"/");
    }

    @Test
    void aTargetOverTheLimitIsA414ProblemAndBeyondTheServersOwnLimitAnEmpty414() throws IOException {
        RawHttp.Answer tooLong = RawHttp.send(RawHttp.request("GET", "/quotes?speaker=" + "a".repeat(40_000)));
        assertThat(tooLong.status()).isEqualTo(414);
        assertThat(tooLong.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tooLong.body()).contains("\"type\":\"/problems/uri-too-long\"", "\"status\":414", "\"instance\":\"/quotes\"");

        RawHttp.Answer beyond = RawHttp.send(RawHttp.request("GET", "/quotes?speaker=" + "a".repeat(70_000)));
        assertThat(beyond.text()).as("the HTTP server's own refusal").contains(" 414 ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /countries/KP HTTP/1.1", "GET /countries/KP HTTP/1.0", "POST /documents HTTP/1.0"})
    void aRequestWithoutHostIsA400Problem(String requestLine) throws IOException {
        RawHttp.Answer answer = RawHttp.send(requestLine + "\r\nConnection: close\r\nContent-Length: 0\r\n\r\n");
        assertThat(answer.text()).as(requestLine).contains(" 400 ");
        assertThat(answer.header("Content-Type")).as(requestLine).startsWith("application/problem+json");
        assertThat(answer.body()).as(requestLine).contains("\"type\":\"/problems/missing-host\"");
    }

    /** HTTP/2 carries the host as :authority, not as a Host header; such a request must not count as one without Host. */
    @Test
    void anHttp2RequestIsAnswered() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_2).build();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + io.restassured.RestAssured.port + "/countries/KP")).build();
        client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString()); // the first one upgrades the connection (h2c)
        java.net.http.HttpResponse<String> answer = client.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(answer.version()).isEqualTo(java.net.http.HttpClient.Version.HTTP_2);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(answer.body()).contains("\"code\":\"KP\"");
    }

    @Test
    void aTargetThatIsNotAPathIsA404Problem() throws IOException {
        RawHttp.Answer answer = RawHttp.send(RawHttp.request("GET", "*"));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void headersOverTheLimitAreA431Problem() throws IOException {
        RawHttp.Answer tooLarge = RawHttp.send(RawHttp.request("GET", "/countries/KP", "X-Padding: " + "p".repeat(25_000)));
        assertThat(tooLarge.status()).isEqualTo(431);
        assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");
        assertThat(tooLarge.body()).contains("\"type\":\"/problems/headers-too-large\"", "\"status\":431", "\"instance\":\"/countries/KP\"");
        // Under the limit, a large header is fine.
        assertThat(RawHttp.send(RawHttp.request("GET", "/countries/KP", "X-Padding: " + "p".repeat(15_000))).status()).isEqualTo(200);
    }

    @Test
    void refusedRequestsToMadeUpPathsDoNotBecomeMetricTags() throws IOException {
        String marker = "flood-" + java.util.UUID.randomUUID();
        for (int i = 0; i < 150; i++) {
            RawHttp.Answer answer = RawHttp.send(RawHttp.request("POST", "/" + marker + "-" + i, "Content-Length: 2000000"));
            assertThat(answer.status()).isEqualTo(413);
        }
        given().get("/countries/KP").then().statusCode(200);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).doesNotContain(marker);
        assertThat(metrics).as("real endpoints are still measured, by route template")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/countries/\\{code}\"");
    }

    @Test
    void problemsNeverLeakInternals() {
        String body = given().queryParam("q", "'); drop table claims; --").queryParam("claimant", "\u0000").get("/claims")
                .then().extract().asString();
        assertThat(body).doesNotContain("Exception", "org.", "SQL", "at java.");
    }
}

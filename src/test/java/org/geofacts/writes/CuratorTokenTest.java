package org.geofacts.writes;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.geofacts.support.Writes.feedEnd;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.geofacts.support.ApiTest;
import org.geofacts.support.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/**
 * Validly signed tokens that still must not write: a caller name that cannot be recorded, another
 * service's audience, an issue time in the future. Each is 401 and writes nothing.
 */
@QuarkusTest
class CuratorTokenTest extends ApiTest {

    private static void refused(String token) {
        String feed = feedEnd();
        String id = "token-test-" + UUID.randomUUID().toString().substring(0, 8);
        given().noFilters().header("Authorization", "Bearer " + token).contentType(ContentType.JSON)
                .body(Map.of("id", id, "lang", "id", "title", "t", "text", "Teks " + id)).post("/documents").then()
                .statusCode(401).contentType("application/problem+json");
        given().get("/documents/" + id).then().statusCode(404);
        assertThat(feedEnd()).isEqualTo(feed);
    }

    @Test
    void aCallerNameWithANulByteOrNoNameIsUnauthenticated() {
        refused(Tokens.curatorToken("ali\u0000ce", Tokens.AUDIENCE, Instant.now()));
        refused(Tokens.curatorToken("", Tokens.AUDIENCE, Instant.now()));
        refused(Tokens.curatorToken(" ", Tokens.AUDIENCE, Instant.now()));
    }

    @Test
    void aTokenForAnotherServiceIsUnauthenticated() {
        refused(Tokens.curatorToken("alice", "https://other-service.example", Instant.now()));
    }

    @Test
    void aTokenIssuedInTheFutureIsUnauthenticated() {
        refused(Tokens.curatorToken("alice", Tokens.AUDIENCE, Instant.now().plusSeconds(3600)));
    }

    @Test
    void theSameTokenWithAUsableNameAudienceAndTimeWrites() {
        String id = "token-test-" + UUID.randomUUID().toString().substring(0, 8);
        given().noFilters().header("Authorization", "Bearer " + Tokens.curatorToken("alice", Tokens.AUDIENCE, Instant.now().minusSeconds(5)))
                .contentType(ContentType.JSON).body(Map.of("id", id, "lang", "id", "title", "t", "text", "Teks " + id))
                .post("/documents").then().statusCode(201);
    }
}

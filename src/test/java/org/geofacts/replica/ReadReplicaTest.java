package org.geofacts.replica;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.geofacts.support.ReplicaPair;
import org.geofacts.support.ReplicaPairResource;
import org.geofacts.support.Tokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Public reads from a real streaming replica (issue #13). The standby's replay is paused to make
 * the two servers differ: what a read returns then shows which one answered it.
 */
@QuarkusTest
@TestProfile(ReadReplicaTest.WithReplica.class)
@TestMethodOrder(OrderAnnotation.class)
class ReadReplicaTest {

    public static class WithReplica implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("geofacts.read-replica.max-lag", "3s", "geofacts.read-replica.check-interval", "50ms");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(ReplicaPairResource.class));
        }

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }
    }

    private static final String ORIGINAL = "Russia";
    private int unique;

    private static ReplicaPair pair() {
        return ReplicaPairResource.pair();
    }

    /** Puts the name back, as a write would (with its notification), and lets the standby replay it before the next test. */
    @AfterEach
    void resumeAndRestore() {
        if (pair().standbyRunning()) {
            pair().resumeReplay();
            pair().onPrimary("begin; update countries set name_en = '" + ORIGINAL + "' where code = 'RU';"
                    + " select pg_notify('geofacts_writes', 'country'); commit;");
            pair().commitAndAwaitReplay();
        }
    }

    @Test
    @Order(1)
    void publicReadsAreServedByTheReplicaAndCuratorsReadThePrimary() {
        awaitReadiness(data -> "replica".equals(data.getString("public_reads_from")));
        double replicaReadsBefore = readConnections("replica");
        pair().commitAndAwaitReplay();
        pair().pauseReplay();
        // Changed on the primary behind the service's back: no notification, so within the lag bound
        // the replica stays in use, and it has not replayed the change.
        pair().onPrimary("update countries set name_en = 'Russia (primary only)' where code = 'RU'");

        fresh().get("/countries/RU").then().statusCode(200).body("name_en", equalTo(ORIGINAL));
        fresh().header("Authorization", "Bearer " + Tokens.curator("carla")).get("/countries/RU").then()
                .statusCode(200).body("name_en", equalTo("Russia (primary only)"));
        assertThat(readConnections("replica")).isGreaterThan(replicaReadsBefore);
    }

    @Test
    @Order(2)
    void aWriteIsReadBackFromThePrimaryUntilTheReplicaHasReplayedIt() {
        awaitReadiness(data -> "replica".equals(data.getString("public_reads_from")));
        String path = "/countries/RU";
        given().get(path).then().statusCode(200).body("name_en", equalTo(ORIGINAL)); // now in the read cache
        pair().pauseReplay();

        String etag = given().header("Authorization", "Bearer " + Tokens.curator("carla")).get(path).then().extract().header("ETag");
        given().header("Authorization", "Bearer " + Tokens.curator("carla")).contentType("application/merge-patch+json")
                .header("If-Match", etag).body(Map.of("name_en", "Russia (edited)"))
                .patch(path).then().statusCode(200).body("name_en", equalTo("Russia (edited)"));

        // The write emptied the cache; the replica has not replayed it, so the same public read must
        // come from the primary (and what it caches must be the new text).
        given().get(path).then().statusCode(200).body("name_en", equalTo("Russia (edited)"));
        fresh().get(path).then().statusCode(200).body("name_en", equalTo("Russia (edited)"));
        JsonPath waiting = readiness();
        assertThat(waiting.getString("state")).isEqualTo("catching-up");
        assertThat(waiting.getString("public_reads_from")).isEqualTo("primary");

        pair().resumeReplay();
        awaitReadiness(data -> "replica".equals(data.getString("public_reads_from")));
        double replicaReadsBefore = readConnections("replica");
        fresh().get(path).then().statusCode(200).body("name_en", equalTo("Russia (edited)"));
        assertThat(readConnections("replica")).isGreaterThan(replicaReadsBefore);
    }

    @Test
    @Order(3)
    void aWriteOfAnotherInstanceHoldsReadsOnThePrimaryToo() {
        awaitReadiness(data -> "replica".equals(data.getString("public_reads_from")));
        pair().pauseReplay();
        // Another instance's write: its SQL, and the notification every writer sends when it commits.
        pair().onPrimary("begin; update countries set name_en = 'Russia (edited elsewhere)' where code = 'RU';"
                + " select pg_notify('geofacts_writes', 'country'); commit;");

        JsonPath held = awaitReadiness(data -> "primary".equals(data.getString("public_reads_from")));
        assertThat(held.getString("state")).isEqualTo("catching-up");
        fresh().get("/countries/RU").then().statusCode(200).body("name_en", equalTo("Russia (edited elsewhere)"));
    }

    @Test
    @Order(4)
    void aReplicaLaggingBeyondTheBoundIsLeftForThePrimary() {
        awaitReadiness(data -> "replica".equals(data.getString("public_reads_from")));
        pair().commitAndAwaitReplay();
        pair().pauseReplay();
        pair().onPrimary("update countries set name_en = 'Russia (primary only)' where code = 'RU'");

        JsonPath lagging = awaitReadiness(data -> "lagging".equals(data.getString("state")));
        assertThat(lagging.getDouble("lag_seconds")).as("reported to the millisecond").isGreaterThanOrEqualTo(3.0);
        assertThat(lagging.getString("public_reads_from")).isEqualTo("primary");
        fresh().get("/countries/RU").then().statusCode(200).body("name_en", equalTo("Russia (primary only)"));
        assertThat(given().get("/q/metrics").then().extract().asString()).contains("geofacts_read_replica_in_use 0.0");

        pair().resumeReplay();
        awaitReadiness(data -> "serving".equals(data.getString("state")));
    }

    @Test
    @Order(5)
    void aStoppedReplicaFallsBackToThePrimaryWithoutAnError() {
        awaitReadiness(data -> "replica".equals(data.getString("public_reads_from")));
        pair().stopStandby();
        for (int i = 0; i < 20; i++) {
            fresh().get("/countries/RU").then().statusCode(200).body("name_en", equalTo(ORIGINAL));
            given().queryParam("speaker", "Putin").queryParam("limit", 1 + i).get("/quotes").then().statusCode(200);
        }
        JsonPath away = readiness();
        assertThat(away.getString("state")).isEqualTo("unreachable");
        assertThat(away.getString("public_reads_from")).isEqualTo("primary");
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    /**
     * A GET of the path the read cache has not seen, so that a database answers it: the cache keys reads by
     * path and Accept, and a media-type parameter never sent before still asks for JSON.
     */
    private RequestSpecification fresh() {
        return given().accept("application/json;fresh=" + (++unique) + "-" + System.nanoTime());
    }

    private static JsonPath readiness() {
        List<Map<String, Object>> checks = given().get("/q/health/ready").then().statusCode(200).extract().jsonPath().getList("checks");
        Map<String, Object> replica = checks.stream().filter(check -> "read replica".equals(check.get("name"))).findFirst().orElseThrow();
        return JsonPath.from(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(replica.get("data")).toString());
    }

    private static JsonPath awaitReadiness(Predicate<JsonPath> condition) {
        JsonPath data = readiness();
        for (int attempt = 0; attempt < 200 && !condition.test(data); attempt++) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            data = readiness();
        }
        assertThat(condition.test(data)).as("read replica readiness details within 10 s: " + data.prettify()).isTrue();
        return data;
    }

    private static double readConnections(String source) {
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher count = Pattern.compile("geofacts_read_connections_total\\{[^}]*source=\"" + source + "\"[^}]*} (\\S+)").matcher(metrics);
        return count.find() ? Double.parseDouble(count.group(1)) : 0;
    }
}

package org.geofacts.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.geofacts.support.ReplicaPair;
import org.geofacts.support.ServiceProcess;
import org.geofacts.support.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Two instances of the packaged service on one primary and its streaming replica (#13 item 3): a
 * write through either is read through the other within the documented second, from its read
 * cache and its replica alike, also while the replica is paused behind the write.
 */
class TwoInstancesWithReplicaIT {

    /** README, "Read replicas": a write through one instance is read through any other within this. */
    private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(1);
    private static final String PATH = "/countries/KP";

    private static ReplicaPair pair;
    private static ServiceProcess first;
    private static ServiceProcess second;

    @BeforeAll
    static void start() {
        pair = ReplicaPair.start();
        Map<String, String> environment = Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", pair.primaryUrl(),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "GEOFACTS_READ_REPLICA_JDBC_URL", pair.standbyUrl());
        first = ServiceProcess.start("instance-with-replica-1", environment);
        second = ServiceProcess.start("instance-with-replica-2", environment);
        first.awaitReady(Duration.ofSeconds(90));
        second.awaitReady(Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() {
        for (AutoCloseable closing : new AutoCloseable[] {first, second, pair}) {
            try {
                if (closing != null) {
                    closing.close();
                }
            } catch (Exception e) {
                // Best effort.
            }
        }
    }

    @Test
    void aWriteThroughOneInstanceIsReadThroughTheOtherWithinASecond() {
        awaitPublicReadsFrom(first, "replica");
        awaitPublicReadsFrom(second, "replica");
        String original = anonymous(second).get(PATH).then().statusCode(200).extract().path("name_en"); // cached there now
        anonymous(first).get(PATH).then().statusCode(200);

        try {
            rename(first, original + " (edited on the first)");
            long elapsed = awaitName(second, original + " (edited on the first)");
            System.out.printf("a write through the first instance was read through the second after %d ms%n", elapsed);

            // With the replica's replay paused behind the write, the other instance must answer from the primary.
            pair.pauseReplay();
            rename(second, original + " (edited on the second)");
            elapsed = awaitName(first, original + " (edited on the second)");
            System.out.printf("with the replica paused: read through the first instance after %d ms%n", elapsed);
            assertThat(readiness(first).getString("state")).isEqualTo("catching-up");
        } finally {
            pair.resumeReplay();
            rename(first, original);
        }
        awaitPublicReadsFrom(first, "replica");
        awaitPublicReadsFrom(second, "replica");
        assertThat(awaitName(second, original)).isLessThanOrEqualTo(VISIBLE_WITHIN.toMillis());
        for (ServiceProcess instance : new ServiceProcess[] {first, second}) {
            String metrics = anonymous(instance).get("/q/metrics").then().statusCode(200).extract().asString();
            assertThat(metrics).as("instance on port %d served public reads from the replica", instance.port())
                    .containsPattern("geofacts_read_connections_total\\{[^}]*source=\"replica\"[^}]*} [1-9]");
        }
    }

    private static void rename(ServiceProcess instance, String name) {
        String etag = asCurator(instance).get(PATH).then().statusCode(200).extract().header("ETag");
        asCurator(instance).contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("name_en", name)).patch(PATH).then().statusCode(200);
    }

    /** Milliseconds until the instance's public read of the country shows the name; fails after the bound. */
    private static long awaitName(ServiceProcess instance, String name) {
        long start = System.nanoTime();
        String seen = null;
        while (System.nanoTime() - start < VISIBLE_WITHIN.toNanos()) {
            seen = anonymous(instance).get(PATH).then().statusCode(200).extract().path("name_en");
            if (name.equals(seen)) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            sleep(20);
        }
        assertThat(seen).as("public read through the instance on port %d within %s", instance.port(), VISIBLE_WITHIN).isEqualTo(name);
        return VISIBLE_WITHIN.toMillis();
    }

    private static void awaitPublicReadsFrom(ServiceProcess instance, String server) {
        JsonPath details = readiness(instance);
        for (int attempt = 0; attempt < 100 && !server.equals(details.getString("public_reads_from")); attempt++) {
            sleep(50);
            details = readiness(instance);
        }
        assertThat(details.getString("public_reads_from")).as(details.prettify()).isEqualTo(server);
    }

    private static JsonPath readiness(ServiceProcess instance) {
        JsonPath health = anonymous(instance).get("/q/health/ready").then().statusCode(200).extract().jsonPath();
        return new JsonPath(health.prettify()).setRootPath("checks.find { it.name == 'read replica' }.data");
    }

    private static RequestSpecification anonymous(ServiceProcess instance) {
        return given().baseUri("http://127.0.0.1").port(instance.port());
    }

    private static RequestSpecification asCurator(ServiceProcess instance) {
        return anonymous(instance).header("Authorization", "Bearer " + Tokens.curator("carla"));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

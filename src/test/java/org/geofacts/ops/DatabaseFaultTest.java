package org.geofacts.ops;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * Breaks the database on purpose, against the real PostgreSQL: requests must fail fast with
 * 503 problem+json and Retry-After, readiness must say DOWN while liveness stays UP, and the
 * service must recover by itself when the database is back.
 */
@QuarkusTest
class DatabaseFaultTest extends ApiTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String username;

    @Inject
    AgroalDataSource pool;

    @Test
    void aDatabaseOutageGivesFast503sAndTheServiceRecoversByItself() throws Exception {
        String database = URI.create(url.substring("jdbc:".length())).getPath().substring(1);
        try {
            admin("ALTER DATABASE \"" + database + "\" WITH ALLOW_CONNECTIONS false",
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "' AND pid <> pg_backend_pid()");

            long started = System.nanoTime();
            Response outage = given().noFilters().queryParam("q", uncachedWord()).get("/claims");
            long elapsedMs = (System.nanoTime() - started) / 1_000_000;
            outage.then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("status", equalTo(503));
            assertThat(elapsedMs).as("answered within 5 s").isLessThan(5_000);
            assertThat(outage.asString()).doesNotContain("Exception", "SQL", "org.");

            given().get("/q/health/ready").then().statusCode(503).body("status", equalTo("DOWN"));
            given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        } finally {
            admin("ALTER DATABASE \"" + database + "\" WITH ALLOW_CONNECTIONS true");
        }
        awaitReady();
        given().queryParam("q", uncachedWord()).get("/claims").then().statusCode(200);
    }

    @Test
    void anExhaustedPoolGives503NotAHang() throws Exception {
        List<Connection> held = new ArrayList<>();
        try {
            int size = pool.getConfiguration().connectionPoolConfiguration().maxSize();
            for (int i = 0; i < size; i++) {
                held.add(pool.getConnection());
            }
            long started = System.nanoTime();
            given().noFilters().queryParam("q", uncachedWord()).get("/quotes").then()
                    .statusCode(503).contentType("application/problem+json").header("Retry-After", "5");
            assertThat((System.nanoTime() - started) / 1_000_000).as("answered within 5 s").isLessThan(5_000);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        given().queryParam("q", uncachedWord()).get("/quotes").then().statusCode(200);
    }

    @Test
    void serviceConnectionsCarryTheTimeoutAndPlanSettings() throws Exception {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(setting(statement, "statement_timeout")).isEqualTo("3s");
            assertThat(setting(statement, "plan_cache_mode")).as("plans kept, lists planned per call").isEqualTo("auto");
            assertThat(setting(statement, "synchronize_seqscans")).isEqualTo("off");
        }
    }

    private static String setting(Statement statement, String name) throws SQLException {
        try (var result = statement.executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    @Test
    void aStatementTimeoutEndsASlowQueryAndFreesItsConnection() throws Exception {
        long started = System.nanoTime();
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_sleep(30)");
            throw new AssertionError("a 30 s query was allowed to run");
        } catch (SQLException e) {
            assertThat(e.getSQLState()).as("query_canceled").isEqualTo("57014");
        }
        assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(10_000);
    }

    /** A word no cached response has seen, so the request reaches the database. */
    private static String uncachedWord() {
        return "w" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private void awaitReady() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            if (given().get("/q/health/ready").statusCode() == 200) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the service did not become ready again within 10 s");
    }

    /** Runs statements as the database owner through a connection of its own, outside the pool. */
    private void admin(String... statements) throws SQLException {
        String template = url.replaceFirst("/[^/?]+(\\?|$)", "/template1$1");
        try (Connection connection = DriverManager.getConnection(template, username, "postgres");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }
}

package org.geofacts.support;

import java.util.Map;

import org.geofacts.ops.EmbeddedDatabase;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives every test a real PostgreSQL: the one named by QUARKUS_DATASOURCE_JDBC_URL when set
 * (for example the machine's server), otherwise an embedded one started for the test run.
 * The returned config also reaches the packaged jar in @QuarkusIntegrationTest runs.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null || System.getProperty("quarkus.datasource.jdbc.url") != null) {
            return Map.of();
        }
        database = EmbeddedDatabase.start();
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.username(),
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void stop() {
        if (database != null) {
            database.stop();
        }
    }
}

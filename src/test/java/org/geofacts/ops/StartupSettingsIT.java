package org.geofacts.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.geofacts.support.ServiceProcess;
import org.junit.jupiter.api.Test;

/** The packaged jar refuses at startup a setting it could only honour by failing every request. */
class StartupSettingsIT {

    @Test
    void aSearchWindowBelowOneStopsTheServiceAtStartupNamingTheSetting() {
        EmbeddedDatabase database = EmbeddedDatabase.start();
        try (ServiceProcess service = ServiceProcess.start("search-window-zero", Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", EmbeddedDatabase.username(),
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "GEOFACTS_SEARCH_CANDIDATES", "0"))) {
            assertThat(service.awaitExit(Duration.ofSeconds(90))).isNotZero();
            assertThat(service.log()).contains("GEOFACTS_SEARCH_CANDIDATES", "must be at least 1, not 0");
        } finally {
            database.stop();
        }
    }
}

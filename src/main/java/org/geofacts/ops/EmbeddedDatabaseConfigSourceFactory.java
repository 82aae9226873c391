package org.geofacts.ops;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * In dev mode, when no datasource URL is configured, starts an embedded PostgreSQL and supplies
 * its URL. A configured URL (QUARKUS_DATASOURCE_JDBC_URL or any other source) always wins, and
 * outside dev mode this never starts anything: tests bring their own database, production must
 * be given one.
 */
public class EmbeddedDatabaseConfigSourceFactory implements ConfigSourceFactory {

    static final String URL = "quarkus.datasource.jdbc.url";
    static final String USERNAME = "quarkus.datasource.username";

    /** Below application.properties (250), so any explicit setting overrides the embedded one. */
    private static final int ORDINAL = 50;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue configured = context.getValue(URL);
        if (configured != null && configured.getValue() != null) {
            return List.of();
        }
        if (!context.getProfiles().contains("dev") || !EmbeddedDatabase.available()) {
            return List.of();
        }
        EmbeddedDatabase database = EmbeddedDatabase.start();
        Runtime.getRuntime().addShutdownHook(new Thread(database::stop, "embedded-postgres-stop"));
        // Config is rebuilt on every dev-mode reload; a system property makes the next build see
        // this URL as configured instead of starting a second server.
        System.setProperty(URL, database.jdbcUrl());
        System.setProperty(USERNAME, EmbeddedDatabase.username());
        return List.of(new PropertiesConfigSource(
                Map.of(URL, database.jdbcUrl(), USERNAME, EmbeddedDatabase.username()), "embedded-postgres", ORDINAL));
    }
}

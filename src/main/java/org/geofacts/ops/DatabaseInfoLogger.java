package org.geofacts.ops;

import java.net.URI;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/** Says at startup which database the service uses: host, port and database name, never credentials. */
@Singleton
public class DatabaseInfoLogger {

    private static final Logger LOG = Logger.getLogger(DatabaseInfoLogger.class);

    void onStart(@Observes StartupEvent event, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
        LOG.infof("using PostgreSQL database %s", describe(url));
    }

    /** "host:port/database" from a JDBC URL; query parameters (which may hold a password) are dropped. */
    static String describe(String jdbcUrl) {
        try {
            URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            String path = uri.getPath() == null ? "" : uri.getPath();
            return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + path;
        } catch (RuntimeException e) {
            return "(unparseable JDBC URL)";
        }
    }
}

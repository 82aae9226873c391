package org.geofacts.writes;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.geofacts.caching.Invalidation;
import org.geofacts.caching.ReadCache;
import org.geofacts.replica.ReadReplica;

/**
 * Empties this instance's read cache and lookups when any instance commits a write, and holds
 * public reads on the primary until a read replica has replayed it. Writers NOTIFY a channel
 * inside their transaction (PostgreSQL delivers it only if they commit), and every instance LISTENs
 * on it over a connection of its own, outside the pool. Without this, another instance would go on
 * serving reads cached before the write for up to max-age. It listens even with the response cache
 * off: the lookups stay on.
 */
@ApplicationScoped
public class WriteNotifications {

    public static final String CHANNEL = "geofacts_writes";

    private static final Logger LOG = Logger.getLogger(WriteNotifications.class);
    private static final int POLL_MILLIS = 2_000;
    private static final int MAX_BACKOFF_MILLIS = 10_000;

    private final ReadCache cache;
    private final ReadReplica replica;
    private final Optional<String> url;
    private final Optional<String> username;
    private final Optional<String> password;
    private volatile boolean running;
    private Thread listener;

    public WriteNotifications(ReadCache cache, ReadReplica replica,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.cache = cache;
        this.replica = replica;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    void start(@Observes StartupEvent event) {
        if (url.isEmpty()) {
            return;
        }
        running = true;
        listener = new Thread(this::listen, "geofacts-write-notifications");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    /** Listens until shutdown, reconnecting with backoff whenever the connection is lost. */
    private void listen() {
        int backoff = 500;
        boolean warned = false;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url.get(), properties())) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                // Writes committed while nobody listened are unknown: assume there were some.
                forget(List.of());
                if (warned) {
                    LOG.info("listening for writes of other instances again");
                }
                backoff = 500;
                warned = false;
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications(POLL_MILLIS);
                    if (received != null && received.length > 0) {
                        forget(kindsIn(received));
                    } else if (!connection.isValid(2)) {
                        LOG.debug("listening connection lost; reconnecting");
                        break;
                    }
                }
            } catch (SQLException e) {
                if (running && !warned) {
                    LOG.warnf("cannot listen for writes of other instances (%s); retrying", e.getSQLState());
                    warned = true;
                }
            }
            if (running) {
                pause(backoff);
                backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
            }
        }
    }

    /**
     * What a committed write means for this instance, whichever instance made it: public reads wait
     * for the read replica to replay it (first, so that nothing forgotten is refilled from a replica
     * behind the write), then the cached reads its kinds reach are forgotten; no kinds, everything.
     */
    void forget(Collection<String> kinds) {
        replica.writeCommitted();
        cache.invalidate(kinds);
    }

    /** The kinds the writes changed; none when any write did not say (an older instance): that means everything. */
    private static List<String> kindsIn(PGNotification[] received) {
        List<String> kinds = new ArrayList<>();
        for (PGNotification notification : received) {
            List<String> named = Invalidation.kindsIn(notification.getParameter());
            if (named.isEmpty()) {
                return List.of();
            }
            kinds.addAll(named);
        }
        return kinds;
    }

    private Properties properties() {
        Properties properties = new Properties();
        username.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("loginTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "geofacts write notifications");
        return properties;
    }

    private void pause(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}

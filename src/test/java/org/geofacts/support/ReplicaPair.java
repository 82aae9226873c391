package org.geofacts.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL primary with a real streaming standby, both from the embedded binaries. The
 * standby starts from a copy of the primary's data directory taken after a clean shutdown (what
 * pg_basebackup would give, which the embedded binaries lack), with standby.signal and a
 * primary_conninfo, and then streams the primary's WAL like any hot standby.
 */
public final class ReplicaPair implements AutoCloseable {

    private final Path root;
    private final int primaryPort;
    private final int standbyPort;
    private EmbeddedPostgres primary;
    private EmbeddedPostgres standby;

    private ReplicaPair(Path root, int primaryPort, int standbyPort) {
        this.root = root;
        this.primaryPort = primaryPort;
        this.standbyPort = standbyPort;
    }

    public static ReplicaPair start() {
        try {
            ReplicaPair pair = new ReplicaPair(Files.createTempDirectory("geofacts-replica-pair-"), freePort(), freePort());
            pair.primary = pair.server("primary", pair.primaryPort);
            pair.primary.close();
            pair.seedStandby();
            pair.primary = pair.server("primary", pair.primaryPort);
            pair.standby = pair.server("standby", pair.standbyPort);
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the primary and standby", e);
        }
    }

    private EmbeddedPostgres server(String name, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(root.resolve(name))
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("wal_level", "replica")
                .setServerConfig("max_wal_senders", "4")
                .setServerConfig("wal_keep_size", "256MB")
                .setServerConfig("hot_standby", "on")
                .start();
    }

    /** The primary's data directory, stopped cleanly, becomes the standby's. */
    private void seedStandby() throws IOException {
        Path from = root.resolve("primary");
        Path to = root.resolve("standby");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.equals("postmaster.pid") || name.equals("epg-lock")) {
                    continue;
                }
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                    Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(file));
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        Files.writeString(to.resolve("standby.signal"), "");
        Files.writeString(to.resolve("postgresql.auto.conf"),
                "primary_conninfo = 'host=localhost port=" + primaryPort + " user=postgres application_name=geofacts-standby'\n",
                StandardOpenOption.APPEND);
    }

    public String primaryUrl() {
        return "jdbc:postgresql://localhost:" + primaryPort + "/postgres";
    }

    public String standbyUrl() {
        return "jdbc:postgresql://localhost:" + standbyPort + "/postgres";
    }

    /** Runs statements on the primary, each committed on its own. */
    public void onPrimary(String... statements) {
        run(primaryUrl(), statements);
    }

    /**
     * Pauses the standby's replay and returns once it has stopped. A pause request takes effect
     * when the next WAL record arrives (possibly one record later), so probe writes are sent until
     * the standby reports it paused.
     */
    public void pauseReplay() {
        run(standbyUrl(), "select pg_wal_replay_pause()");
        for (int attempt = 0; attempt < 100; attempt++) {
            onPrimary("create table if not exists replica_probe (at timestamptz)", "insert into replica_probe values (now())");
            if ("paused".equals(query(standbyUrl(), "select pg_get_wal_replay_pause_state()"))) {
                return;
            }
            pause(50);
        }
        throw new IllegalStateException("the standby did not pause its replay within 5 s");
    }

    public void resumeReplay() {
        run(standbyUrl(), "select pg_wal_replay_resume()");
    }

    /** Commits a small write on the primary and waits until the standby has replayed it. */
    public void commitAndAwaitReplay() {
        onPrimary("create table if not exists replica_probe (at timestamptz)", "insert into replica_probe values (now())");
        long target = position(primaryUrl(), "pg_current_wal_insert_lsn()");
        for (int attempt = 0; attempt < 100; attempt++) {
            if (position(standbyUrl(), "pg_last_wal_replay_lsn()") >= target) {
                return;
            }
            pause(50);
        }
        throw new IllegalStateException("the standby did not replay the primary's last commit within 5 s");
    }

    public boolean standbyRunning() {
        return standby != null;
    }

    public void stopStandby() {
        close(standby);
        standby = null;
    }

    @Override
    public void close() {
        close(standby);
        close(primary);
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // Left under the temporary directory.
        }
    }

    private static long position(String url, String function) {
        return Long.parseLong(query(url, "select pg_wal_lsn_diff(" + function + ", '0/0')::bigint"));
    }

    private static String query(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(String url, String... statements) {
        try (Connection connection = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void close(EmbeddedPostgres server) {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                // Stopping is best effort in a test.
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

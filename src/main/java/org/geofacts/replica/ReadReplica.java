package org.geofacts.replica;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Default;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The optional PostgreSQL streaming replica and whether public reads may use it now.
 *
 * <p>A read goes to the replica only while all of these hold; otherwise it goes to the primary:
 * <ul>
 * <li>the replica answers and is a standby ({@code pg_is_in_recovery()});
 * <li>its replay lag is within {@code geofacts.read-replica.max-lag} (see {@code lag});
 * <li>it has replayed every write this service has seen committed, here or (through the write
 * notifications) on any other instance: each write moves a mark to the primary's WAL position
 * after it, and until the replica's replay position passes the mark the primary answers. So a
 * write is never followed by an older read, and the read cache, emptied by the write, is refilled
 * from data that has it.
 * </ul>
 * A thread checks both servers every {@code geofacts.read-replica.check-interval}; a replica
 * connection that fails is noticed at once (see {@link ReadRouting}).
 */
@ApplicationScoped
public class ReadReplica {

    /** What the last check found; reads use the replica only when it is SERVING. */
    public enum State {
        NOT_CONFIGURED, STARTING, SERVING, CATCHING_UP, LAGGING, UNREACHABLE, NOT_A_STANDBY
    }

    /** The last check's findings: replay position in bytes of WAL, lag in seconds. */
    record Check(State state, long replayed, double lagSeconds) {
    }

    private static final Logger LOG = Logger.getLogger(ReadReplica.class);

    private final Optional<AgroalDataSource> replica;
    private final AgroalDataSource primary;
    private final Duration maxLag;
    private final Duration checkInterval;
    private final AtomicLong writesSeen = new AtomicLong();
    private final AtomicLong writesMarked = new AtomicLong();
    private final Counter replicaReads;
    private final Counter primaryReads;
    /** The primary's WAL position after the last write seen, once read; the replica must replay past it. */
    private volatile long mark;
    private volatile Check last;
    /** System.nanoTime() of the first check in a row that found the replica behind what it received; 0 when it was not. */
    private long behindSince;
    private volatile boolean running;
    private Thread checker;

    ReadReplica(@DataSource("replica") InjectableInstance<AgroalDataSource> replica, @Default AgroalDataSource primary,
            @ConfigProperty(name = "geofacts.read-replica.max-lag") Duration maxLag,
            @ConfigProperty(name = "geofacts.read-replica.check-interval") Duration checkInterval,
            MeterRegistry metrics) {
        this.replica = replica.getHandle().getBean().isActive() ? Optional.of(replica.get()) : Optional.empty();
        this.primary = primary;
        this.maxLag = maxLag;
        this.checkInterval = checkInterval;
        this.last = new Check(this.replica.isPresent() ? State.STARTING : State.NOT_CONFIGURED, 0, 0);
        this.replicaReads = Counter.builder("geofacts.read.connections").tag("source", "replica")
                .description("Connections taken for public reads, by the server that answered them").register(metrics);
        this.primaryReads = Counter.builder("geofacts.read.connections").tag("source", "primary")
                .description("Connections taken for public reads, by the server that answered them").register(metrics);
        Gauge.builder("geofacts.read.replica.in.use", this, r -> r.usable() ? 1 : 0)
                .description("1 while public reads go to the read replica, else 0").register(metrics);
        Gauge.builder("geofacts.read.replica.lag.seconds", this, r -> r.last.lagSeconds())
                .description("The read replica's replay lag at the last check").register(metrics);
    }

    public boolean configured() {
        return replica.isPresent();
    }

    /** Whether a public read starting now may use the replica. */
    public boolean usable() {
        Check check = last;
        return check.state() == State.SERVING && writesMarked.get() == writesSeen.get() && check.replayed() >= mark;
    }

    /** The replica's state for the readiness details. */
    public State state() {
        Check check = last;
        if (check.state() == State.SERVING && !usable()) {
            return State.CATCHING_UP;
        }
        return check.state();
    }

    public double lagSeconds() {
        return last.lagSeconds();
    }

    public Duration maxLag() {
        return maxLag;
    }

    /**
     * A write committed (here or on another instance). Call before the caches forget what it
     * changed: from now until the replica has replayed it, public reads go to the primary.
     */
    public void writeCommitted() {
        if (configured()) {
            writesSeen.incrementAndGet();
        }
    }

    Optional<AgroalDataSource> replicaDataSource() {
        return replica;
    }

    AgroalDataSource primaryDataSource() {
        return primary;
    }

    void countRead(boolean fromReplica) {
        (fromReplica ? replicaReads : primaryReads).increment();
    }

    /** A replica connection failed: stop using it until a check finds it back. */
    void unreachable(SQLException cause) {
        record(new Check(State.UNREACHABLE, 0, 0), cause.getSQLState());
        replica.ifPresent(ds -> ds.flush(AgroalDataSource.FlushMode.ALL));
    }

    void start(@Observes StartupEvent event) {
        if (replica.isEmpty()) {
            return;
        }
        running = true;
        checker = new Thread(this::checkUntilShutdown, "geofacts-read-replica-check");
        checker.setDaemon(true);
        checker.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (checker != null) {
            checker.interrupt();
        }
    }

    private void checkUntilShutdown() {
        while (running) {
            check();
            try {
                Thread.sleep(checkInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** One check: moves the mark past new writes, then reads the replica's position and lag. */
    void check() {
        long seen = writesSeen.get();
        if (seen != writesMarked.get()) {
            try {
                mark = Math.max(mark, primaryPosition());
                writesMarked.set(seen);
            } catch (SQLException e) {
                // The primary is down: nothing is served either way; try again at the next check.
                return;
            }
        }
        try (Connection connection = replica.get().getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select pg_is_in_recovery(),"
                        + " coalesce(pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0'), 0)::bigint,"
                        + " coalesce(pg_last_wal_receive_lsn() > pg_last_wal_replay_lsn(), false),"
                        + " coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0)")) {
            row.next();
            long replayed = row.getLong(2);
            double lag = lag(row.getBoolean(3), row.getDouble(4));
            State state = !row.getBoolean(1) ? State.NOT_A_STANDBY
                    : lag * 1000 > maxLag.toMillis() ? State.LAGGING : State.SERVING;
            record(new Check(state, replayed, lag), null);
        } catch (SQLException e) {
            record(new Check(State.UNREACHABLE, 0, 0), e.getSQLState());
        }
    }

    /**
     * Seconds the replica is behind: zero while it has replayed all it received. Otherwise the
     * shorter of how long it has been continuously behind and the age of the last transaction it
     * replayed. Either alone misleads: after the primary was idle a while, the last transaction is
     * old although the replica is only a record behind (it catches up by the next check); under a
     * steady stream of writes the replica is always a little behind although what it replays is
     * seconds old at most.
     */
    private double lag(boolean behind, double sinceLastReplayedTransaction) {
        long now = System.nanoTime();
        if (!behind) {
            behindSince = 0;
            return 0;
        }
        if (behindSince == 0) {
            behindSince = now;
        }
        return Math.min((now - behindSince) / 1e9, sinceLastReplayedTransaction);
    }

    /**
     * Where the primary's WAL ends now. The insert position, not the write position: with
     * synchronous_commit off a commit returns before its record is written, and a mark at the
     * write position could be passed by a replica that has not replayed the commit.
     */
    private long primaryPosition() throws SQLException {
        try (Connection connection = primary.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("select pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::bigint")) {
            row.next();
            return row.getLong(1);
        }
    }

    private void record(Check check, String sqlState) {
        State before = last.state();
        last = check;
        if (before != check.state()) {
            switch (check.state()) {
                case SERVING -> LOG.infof("read replica serving public reads (lag %.1f s)", check.lagSeconds());
                case LAGGING -> LOG.warnf("read replica lags %.1f s behind (bound %.1f s): reads go to the primary",
                        check.lagSeconds(), maxLag.toMillis() / 1000.0);
                case UNREACHABLE -> LOG.warnf("read replica unreachable (%s): reads go to the primary", sqlState);
                case NOT_A_STANDBY -> LOG.warn("the read replica's server is not a standby: reads go to the primary");
                default -> LOG.debugf("read replica %s", check.state());
            }
        }
    }
}

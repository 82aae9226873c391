package org.geofacts.writes;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.geofacts.caching.Invalidation;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;

/**
 * Starts a write inside the current transaction: takes the service-wide write lock, records
 * who writes, and once the write has committed forgets the cached reads its changes can reach
 * (by the kinds in the change feed), here and (through {@link WriteNotifications}) on every other
 * instance; until a read replica has replayed the write, public reads go to the primary. One writer at a time keeps the change feed in commit order (sequence numbers are
 * taken under the lock) and is ample for a curated, read-mostly service.
 */
@ApplicationScoped
public class WriteSession {

    /** Arbitrary but fixed: "geofacts" in ASCII. Package-private for the test that holds it as another writer. */
    static final long WRITE_LOCK = 0x6765_6f66_6163_7473L;

    private final EntityManager em;
    private final TransactionSynchronizationRegistry transactions;
    private final WriteNotifications notifications;

    public WriteSession(EntityManager em, TransactionSynchronizationRegistry transactions, WriteNotifications notifications) {
        this.em = em;
        this.transactions = transactions;
        this.notifications = notifications;
    }

    /**
     * As {@link #begin}, but waits up to {@code patience} for the lock where a request gives up after the
     * connection's lock_timeout: an instance starting beside another that is importing the bundled dataset
     * waits its turn rather than failing its start. The timeouts are back to the connection's own for the
     * rest of the transaction.
     */
    public void beginWaiting(String actor, Duration patience) {
        String millis = Long.toString(patience.toMillis());
        em.createNativeQuery("select set_config('lock_timeout', :millis, true), set_config('statement_timeout', :millis, true)")
                .setParameter("millis", millis).getSingleResult();
        begin(actor);
        em.createNativeQuery("set local lock_timeout to default").executeUpdate();
        em.createNativeQuery("set local statement_timeout to default").executeUpdate();
    }

    /**
     * Must run inside a transaction; the lock is released when it commits or rolls back. Calling it
     * again in the same transaction (an edit that goes through the importer) does nothing more.
     */
    public void begin(String actor) {
        if (transactions.getResource(WriteSession.class) != null) {
            return;
        }
        transactions.putResource(WriteSession.class, actor);
        // Under the lock no other write adds to the change feed: what follows the last sequence number now is this write's.
        Object[] started = (Object[]) em.createNativeQuery("select pg_advisory_xact_lock(" + WRITE_LOCK + "), "
                + "set_config('geofacts.actor', :actor, true), (select coalesce(max(seq), 0) from changes)")
                .setParameter("actor", actor)
                .getSingleResult();
        long lastSeq = ((Number) started[2]).longValue();
        List<String> kinds = new ArrayList<>();
        // Both steps in Hibernate's own completion callbacks. Before completion, after its flush: the feed then holds
        // every change of this write; the notification names their kinds and reaches the other instances only if
        // this transaction commits. Run from a JTA synchronization instead, this statement took a connection after
        // the session had let go of its own, and the pool warned "Closing open connection(s) prior to commit".
        TransactionCompletionCallbacks callbacks = em.unwrap(SharedSessionContractImplementor.class).getTransactionCompletionCallbacks();
        callbacks.registerCallback((BeforeCompletionCallback) session -> {
            Object[] sent = (Object[]) session.createNativeQuery("with changed as (select string_agg(distinct kind, ',' order by kind)"
                    + " kinds from changes where seq > :last) select kinds, pg_notify('" + WriteNotifications.CHANNEL
                    + "', coalesce(kinds, '')) from changed").setParameter("last", lastSeq).getSingleResult();
            kinds.addAll(Invalidation.kindsIn((String) sent[0]));
        });
        callbacks.registerCallback((AfterCompletionCallback) (committed, session) -> {
            if (committed) {
                notifications.forget(kinds);
            }
        });
    }
}

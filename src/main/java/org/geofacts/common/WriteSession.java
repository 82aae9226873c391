package org.geofacts.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Starts a write inside the current transaction: takes the service-wide write lock and records
 * who writes. One writer at a time keeps the change feed in commit order (sequence numbers are
 * taken under the lock) and is ample for a curated, read-mostly service.
 */
@ApplicationScoped
public class WriteSession {

    /** Arbitrary but fixed: "geofacts" in ASCII. */
    private static final long WRITE_LOCK = 0x6765_6f66_6163_7473L;

    private final EntityManager em;

    public WriteSession(EntityManager em) {
        this.em = em;
    }

    /** Must run inside a transaction; the lock is released when it commits or rolls back. */
    public void begin(String actor) {
        em.createNativeQuery("select pg_advisory_xact_lock(" + WRITE_LOCK + "), set_config('geofacts.actor', :actor, true)")
                .setParameter("actor", actor)
                .getSingleResult();
    }
}

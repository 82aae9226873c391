package org.geofacts.caching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.junit.jupiter.api.Test;

class LookupsTest {

    /** Only the transaction status matters to Lookups; the rest of the registry is never called. */
    static final class Registry implements TransactionSynchronizationRegistry {
        int status = Status.STATUS_NO_TRANSACTION;

        @Override public Object getTransactionKey() { return null; }
        @Override public void putResource(Object key, Object value) { throw new UnsupportedOperationException(); }
        @Override public Object getResource(Object key) { return null; }
        @Override public void registerInterposedSynchronization(Synchronization sync) { throw new UnsupportedOperationException(); }
        @Override public int getTransactionStatus() { return status; }
        @Override public void setRollbackOnly() { throw new UnsupportedOperationException(); }
        @Override public boolean getRollbackOnly() { return false; }
    }

    private final Registry registry = new Registry();
    private final AtomicInteger loads = new AtomicInteger();

    private String load(String value) {
        loads.incrementAndGet();
        return value;
    }

    @Test
    void aValueIsLoadedOnceUntilAWriteCommits() {
        Lookups lookups = new Lookups(registry, true, 100);
        assertThat(lookups.get("names", "putin", () -> load("old"))).isEqualTo("old");
        assertThat(lookups.get("names", "putin", () -> load("new"))).isEqualTo("old");
        assertThat(loads).hasValue(1);

        lookups.invalidateAll();
        assertThat(lookups.get("names", "putin", () -> load("new"))).isEqualTo("new");
        assertThat(loads).hasValue(2);
    }

    @Test
    void lookupsAndArgumentsAreSeparateEntries() {
        Lookups lookups = new Lookups(registry, true, 100);
        lookups.get("person-ids", "putin", () -> load("a"));
        assertThat(lookups.get("organization-ids", "putin", () -> load("b"))).isEqualTo("b");
        assertThat(lookups.get("person-ids", "kim", () -> load("c"))).isEqualTo("c");
        assertThat(loads).hasValue(3);
    }

    @Test
    void aValueLoadedWhileAWriteCommittedIsNotKept() {
        Lookups lookups = new Lookups(registry, true, 100);
        String first = lookups.get("names", "putin", () -> {
            lookups.invalidateAll(); // a write commits while the value is being read
            return load("maybe stale");
        });
        assertThat(first).isEqualTo("maybe stale");
        assertThat(lookups.get("names", "putin", () -> load("fresh"))).isEqualTo("fresh");
    }

    @Test
    void insideATransactionNothingIsServedOrKept() {
        Lookups lookups = new Lookups(registry, true, 100);
        lookups.get("names", "putin", () -> load("committed"));
        registry.status = Status.STATUS_ACTIVE;
        assertThat(lookups.get("names", "putin", () -> load("uncommitted"))).isEqualTo("uncommitted");
        registry.status = Status.STATUS_NO_TRANSACTION;
        assertThat(lookups.get("names", "putin", () -> load("again"))).isEqualTo("committed");
    }

    @Test
    void aFullMapStartsOverAndADisabledOneAlwaysLoads() {
        Lookups bounded = new Lookups(registry, true, 2);
        bounded.get("n", 1, () -> load("1"));
        bounded.get("n", 2, () -> load("2"));
        bounded.get("n", 3, () -> load("3"));
        assertThat(bounded.get("n", 3, () -> load("x"))).isEqualTo("3");
        assertThat(bounded.get("n", 1, () -> load("1 again"))).isEqualTo("1 again");

        Lookups disabled = new Lookups(registry, false, 100);
        disabled.get("n", 1, () -> load("a"));
        assertThat(disabled.get("n", 1, () -> load("b"))).isEqualTo("b");
    }
}

package org.geofacts.caching;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Small lookups that nearly every read repeats — a name to the ids it can mean, a set of ids to
 * their names — remembered between writes. They follow the read cache's rules: emptied when any
 * instance commits a write ({@link ReadCache#invalidateAll()}), and a value computed while a write
 * committed is not kept. Unlike the response cache they stay on when that is switched off, because
 * they are part of how a read is answered, not a copy of the answer.
 *
 * <p>Inside a transaction nothing is remembered or served: a write sees its own, uncommitted data.
 * A hand-written map rather than quarkus-cache, whose annotations cannot express either rule.
 */
@ApplicationScoped
public class Lookups {

    private record Key(String lookup, Object argument) {
    }

    private final ConcurrentHashMap<Key, Object> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final TransactionSynchronizationRegistry transactions;
    private final boolean enabled;
    private final int maxEntries;

    public Lookups(TransactionSynchronizationRegistry transactions,
            @ConfigProperty(name = "geofacts.lookups.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "geofacts.lookups.max-entries", defaultValue = "10000") int maxEntries) {
        this.transactions = transactions;
        this.enabled = enabled;
        this.maxEntries = maxEntries;
    }

    /**
     * The remembered value of {@code lookup(argument)}, or what {@code load} returns now.
     *
     * @param argument must be immutable and have value equality (a String, a Set, a List)
     * @param load must return an immutable value that may be shared between requests
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String lookup, Object argument, Supplier<T> load) {
        if (!enabled || transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION) {
            return load.get();
        }
        Key key = new Key(lookup, argument);
        Object known = entries.get(key);
        if (known != null) {
            return (T) known;
        }
        long generationAtStart = generation.get();
        T value = load.get();
        if (generation.get() == generationAtStart) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, value);
            // A write may have committed between the check and the put: then forget the value.
            if (generation.get() != generationAtStart) {
                entries.remove(key);
            }
        }
        return value;
    }

    public void invalidateAll() {
        generation.incrementAndGet();
        entries.clear();
    }
}

package org.geofacts.caching;

import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Finished responses of public reads, kept in memory. The data is read-mostly: every write
 * through this instance forgets, when it commits, the reads it can change (see writes.WriteSession
 * and {@link Invalidation}), and entries
 * expire after the same max-age clients are told to cache for, which bounds how stale another
 * instance's writes can look here.
 *
 * <p>A response computed while a write committed is not stored: entries carry the generation at
 * which their request started, and any invalidation in between makes them unstorable.
 */
@ApplicationScoped
public class ReadCache {

    /** A response as it goes on the wire. */
    public record Entry(byte[] body, String mediaType, String etag, long expiresAtNanos) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final boolean enabled;
    private final int maxEntries;
    private final long ttlNanos;
    private final Lookups lookups;

    public ReadCache(Lookups lookups, @ConfigProperty(name = "geofacts.read-cache.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "geofacts.read-cache.max-entries", defaultValue = "10000") int maxEntries,
            @ConfigProperty(name = "geofacts.http.cache-max-age", defaultValue = "60") int maxAgeSeconds) {
        this.lookups = lookups;
        this.enabled = enabled;
        this.maxEntries = maxEntries;
        this.ttlNanos = maxAgeSeconds * 1_000_000_000L;
    }

    /** Requests differing in path, query or Accept are different entries. */
    public static String key(String pathAndQuery, String accept) {
        return pathAndQuery + '\n' + (accept == null ? "" : accept);
    }

    public long generation() {
        return generation.get();
    }

    public Entry get(String key) {
        if (!enabled) {
            return null;
        }
        Entry entry = entries.get(key);
        if (entry != null && System.nanoTime() - entry.expiresAtNanos() > 0) {
            entries.remove(key, entry);
            return null;
        }
        return entry;
    }

    public void put(String key, byte[] body, String mediaType, String etag, long generationAtStart) {
        if (!enabled || generation.get() != generationAtStart) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.clear();
        }
        entries.put(key, new Entry(body, mediaType, etag, System.nanoTime() + ttlNanos));
        // An invalidation may have run between the check above and the put: then drop the entry.
        if (generation.get() != generationAtStart) {
            entries.remove(key);
        }
    }

    /** Also forgets the remembered {@link Lookups}, which follow the same rules. */
    public void invalidateAll() {
        generation.incrementAndGet();
        entries.clear();
        lookups.invalidateAll();
    }

    /**
     * Forgets the reads a write of these kinds can change (see {@link Invalidation}), and every
     * remembered lookup; with no kinds, everything. A response being computed meanwhile, of any
     * read, is not stored (one generation for all keeps that guard simple).
     */
    public void invalidate(Collection<String> kinds) {
        Set<String> reads = Invalidation.readsChangedBy(kinds);
        if (reads == null) {
            invalidateAll();
            return;
        }
        generation.incrementAndGet();
        entries.keySet().removeIf(key -> reads.contains(Invalidation.segmentOf(key)));
        lookups.invalidateAll();
    }
}

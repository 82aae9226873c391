package org.geofacts.caching;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which cached reads a committed write can change, by the kinds of fact it changed (the {@code kind}
 * column of the change feed). A read is named by the first segment of its path. A kind not listed
 * here, or none known, means every read: a stale answer is worse than a cache miss.
 */
public final class Invalidation {

    /**
     * The reads that show each kind: its own lists and items, the lists that embed its name (a
     * quote shows its speaker's, a claim its claimants' and its agreement's), search, and the change
     * feed. Countries and documents reach nearly every answer (names, filters by any country
     * spelling, evidence), so they empty everything.
     */
    private static final Map<String, List<String>> READS = Map.of(
            "person", List.of("people", "quotes", "claims", "search", "changes"),
            "organization", List.of("organizations", "quotes", "claims", "search", "changes"),
            "agreement", List.of("agreements", "claims", "quotes", "search", "changes"),
            "clause", List.of("agreements", "search", "changes"),
            "claim", List.of("claims", "search", "changes"),
            "quote", List.of("quotes", "search", "changes"),
            "relation", List.of("relations", "changes"));

    private Invalidation() {
    }

    /** @return the first path segments of the reads to forget, or null for all of them */
    public static Set<String> readsChangedBy(Collection<String> kinds) {
        if (kinds == null || kinds.isEmpty()) {
            return null;
        }
        Set<String> segments = new HashSet<>();
        for (String kind : kinds) {
            List<String> reads = READS.get(kind);
            if (reads == null) {
                return null;
            }
            segments.addAll(reads);
        }
        return segments;
    }

    /** The kinds a notification names ("quote,claim"); empty for none, which means every read. */
    public static List<String> kindsIn(String payload) {
        return payload == null || payload.isBlank() ? List.of() : Arrays.stream(payload.split(",")).map(String::strip).toList();
    }

    /** The first segment of a cached request's path: "quotes" for "/quotes?speaker=Putin". */
    static String segmentOf(String pathAndQuery) {
        int start = pathAndQuery.startsWith("/") ? 1 : 0;
        int end = start;
        while (end < pathAndQuery.length() && "/?\n".indexOf(pathAndQuery.charAt(end)) < 0) {
            end++;
        }
        return pathAndQuery.substring(start, end);
    }
}

package org.geofacts.bundle;

import java.util.Map;
import java.util.TreeMap;

/** What an import did, per kind of fact. */
public record ImportReport(
        String documentId,
        Map<String, Counts> counts) {

    public record Counts(int created, int updated, int unchanged, int deleted) {

        Counts plus(Outcome outcome) {
            return switch (outcome) {
                case CREATED -> new Counts(created + 1, updated, unchanged, deleted);
                case UPDATED -> new Counts(created, updated + 1, unchanged, deleted);
                case UNCHANGED -> new Counts(created, updated, unchanged + 1, deleted);
                case DELETED -> new Counts(created, updated, unchanged, deleted + 1);
            };
        }
    }

    public enum Outcome { CREATED, UPDATED, UNCHANGED, DELETED }

    /** Collects outcomes while an import runs. */
    static final class Tally {
        private final Map<String, Counts> counts = new TreeMap<>();

        void add(String kind, Outcome outcome) {
            counts.merge(kind, new Counts(0, 0, 0, 0).plus(outcome), (a, b) -> a.plus(outcome));
        }

        void deleted(String kind, int howMany) {
            for (int i = 0; i < howMany; i++) {
                add(kind, Outcome.DELETED);
            }
        }

        ImportReport report(String documentId) {
            return new ImportReport(documentId, Map.copyOf(counts));
        }
    }

    /** Created plus updated plus deleted, over every kind: zero means the import changed nothing. */
    public int changes() {
        return counts.values().stream().mapToInt(c -> c.created() + c.updated() + c.deleted()).sum();
    }
}

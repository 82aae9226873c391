package org.geofacts.bundle;

import java.util.List;
import java.util.Map;

import org.geofacts.evidence.LocatedSpan;

/**
 * A bundle that passed validation, with every evidence span located in its document.
 * Spans are keyed by the JSON pointer of the fact that owns them.
 */
public record ResolvedBundle(FactBundle bundle, String documentText, Map<String, List<LocatedSpan>> spans) {

    public List<LocatedSpan> spansOf(String pointer) {
        return spans.getOrDefault(pointer, List.of());
    }
}

package org.geofacts.bundle;

import java.util.List;
import java.util.Map;

import org.geofacts.evidence.LocatedSpan;
import org.geofacts.model.Fingerprint;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What every upsert of one import shares: whose document, in which language, who writes, how
 * the bundle meets stored facts, and the evidence validation located for each entry.
 *
 * @param documentId   null when only entities are written
 * @param documentLang the language of the document's words, which quotes and claims keep
 * @param spans        located evidence by the JSON pointer of the entry (or part) it supports
 */
public record ImportRun(String documentId, String documentLang, String actor, ImportMode mode,
        Map<String, List<LocatedSpan>> spans, ObjectMapper mapper) {

    public List<LocatedSpan> spansOf(String pointer) {
        return spans.getOrDefault(pointer, List.of());
    }

    String fingerprint(Object canonicalEntry) {
        return Fingerprint.of(mapper, canonicalEntry);
    }
}

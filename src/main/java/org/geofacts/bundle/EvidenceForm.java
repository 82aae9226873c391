package org.geofacts.bundle;

import java.util.List;

import org.geofacts.bundle.FactBundle.EvidenceEntry;
import org.geofacts.document.Document;
import org.geofacts.evidence.EvidenceDto;
import org.geofacts.evidence.SpanLocator;

/** Stored evidence spans as a bundle entry names them: by their exact words, and which occurrence when they repeat. */
public final class EvidenceForm {

    private EvidenceForm() {
    }

    /** @param spans in position order, as the {@code EvidenceRepository.for...} lookups give them */
    public static List<EvidenceEntry> of(List<EvidenceDto> spans, Document document) {
        SpanLocator locator = new SpanLocator(document.id, document.body);
        return spans.stream().map(s -> new EvidenceEntry(s.exact(), locator.occurrenceAt(s.exact(), s.start()))).toList();
    }

    /** Which occurrence of {@code exact} the span starting at {@code start} is; null when the words occur once. */
    public static Integer occurrence(String exact, int start, Document document) {
        return new SpanLocator(document.id, document.body).occurrenceAt(exact, start);
    }
}

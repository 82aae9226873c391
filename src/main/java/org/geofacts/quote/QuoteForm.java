package org.geofacts.quote;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.geofacts.bundle.FactBundle.QuoteEntry;
import org.geofacts.document.Document;
import org.geofacts.document.DocumentRepository;
import org.geofacts.editing.EvidenceForm;
import org.geofacts.editing.FactForm;
import org.geofacts.evidence.EvidenceRepository;
import org.geofacts.evidence.EvidenceDto;

/** A quote in its bundle-entry form, for curators' edits: its words are its evidence. */
@Singleton
public class QuoteForm extends FactForm<QuoteEntry, QuoteDto> {

    private final QuoteRepository quotes;
    private final QuoteService service;
    private final EvidenceRepository evidence;
    private final DocumentRepository documents;

    public QuoteForm(QuoteRepository quotes, QuoteService service, EvidenceRepository evidence, DocumentRepository documents) {
        super("quote", QuoteEntry.class, quotes);
        this.quotes = quotes;
        this.service = service;
        this.evidence = evidence;
        this.documents = documents;
    }

    @Override
    public Optional<QuoteDto> representation(String id) {
        return service.get(id);
    }

    @Override
    public Optional<Stored<QuoteEntry>> stored(String id) {
        return quotes.findByIdOptional(id).map(q -> {
            Document document = documents.findById(q.documentId);
            List<EvidenceDto> spans = evidence.forQuotes(List.of(q.id)).getOrDefault(q.id, List.of());
            Integer occurrence = spans.isEmpty() ? null : EvidenceForm.occurrence(q.text, spans.get(0).start(), document);
            return new Stored<>(q.id, new QuoteEntry(q.id, q.speaker.id, q.text, occurrence, q.textEn, q.kind,
                    q.channel == null ? null : q.channel.id, q.aboutAgreementId), q.documentId);
        });
    }
}

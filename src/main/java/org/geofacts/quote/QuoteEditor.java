package org.geofacts.quote;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.geofacts.common.ConditionalWrites;
import org.geofacts.common.JsonErrors;
import org.geofacts.common.MergePatch;
import org.geofacts.common.Problem;
import org.geofacts.common.ProblemException;
import org.geofacts.dataset.BundleImporter;
import org.geofacts.dataset.BundleRejectedException;
import org.geofacts.dataset.FactBundle;
import org.geofacts.dataset.FactBundle.QuoteEntry;
import org.geofacts.document.Document;
import org.geofacts.document.DocumentRepository;
import org.geofacts.evidence.EvidenceRepository;
import org.geofacts.evidence.EvidenceSpan;
import org.geofacts.evidence.SpanLocator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Curators' edits of single quotes. An edit is expressed in the bundle format and goes through
 * the importer, so its evidence is verified exactly as a bundle's is. Every edit is conditional
 * on the ETag the curator last read, checked under the write lock, so no update is lost.
 */
@ApplicationScoped
public class QuoteEditor {

    private final QuoteService quotes;
    private final QuoteRepository repository;
    private final DocumentRepository documents;
    private final EvidenceRepository evidence;
    private final BundleImporter importer;
    private final ConditionalWrites writes;
    private final ObjectMapper mapper;

    public QuoteEditor(QuoteService quotes, QuoteRepository repository, DocumentRepository documents, EvidenceRepository evidence,
            BundleImporter importer, ConditionalWrites writes, ObjectMapper mapper) {
        this.quotes = quotes;
        this.repository = repository;
        this.documents = documents;
        this.evidence = evidence;
        this.importer = importer;
        this.writes = writes;
        this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** Applies a JSON merge patch to the quote in bundle form (`speaker`, `text`, `text_en`, `kind`, `channel`, `about_agreement`). */
    @Transactional
    public QuoteDto patch(String id, JsonNode patch, String ifMatch, String actor) {
        if (patch == null || patch.isMissingNode()) {
            throw ProblemException.missingBody();
        }
        if (!patch.isObject()) {
            throw new ProblemException(400, "malformed-body", "Malformed request body",
                    "a merge patch of a quote must be a JSON object", null);
        }
        writes.begin("quote", id, ifMatch, actor, () -> quotes.get(id));
        Quote quote = repository.findById(id);
        Document document = documents.findById(quote.documentId);
        JsonNode patched = MergePatch.apply(mapper.valueToTree(entryOf(quote, document)), patch);
        QuoteEntry entry = parse(patched);
        if (!id.equals(entry.id())) {
            throw new ProblemException(422, "invalid-edit", "Invalid edit", "a quote's id cannot change",
                    List.of(new Problem.InvalidField("/id", "must stay '" + id + "'")));
        }
        FactBundle bundle = new FactBundle(null, new FactBundle.DocumentEntry(document.id, null, document.lang, document.title,
                document.publisher, document.url, document.publishedValue), null, null, null, null, null, List.of(entry), null);
        try {
            importer.mergeBundle(bundle, document.body, actor);
        } catch (BundleRejectedException e) {
            throw new ProblemException(422, "invalid-edit", "Invalid edit", e.problems().size() + " problem(s); nothing was written",
                    e.problems().stream().map(p -> new Problem.InvalidField(p.pointer().replaceFirst("^/quotes/0", ""), p.message()))
                            .toList());
        }
        repository.getEntityManager().flush();
        repository.getEntityManager().clear();
        return quotes.get(id).orElseThrow();
    }

    /** Deletes the quote and its evidence. */
    public void delete(String id, String ifMatch, String actor) {
        writes.delete("quote", id, ifMatch, actor, () -> quotes.get(id), () -> repository.deleteById(id));
    }

    private QuoteEntry entryOf(Quote quote, Document document) {
        List<EvidenceSpan> spans = evidence.list("quoteId = ?1 order by position", quote.id);
        List<Integer> starts = new SpanLocator(document.id, document.body).occurrences(quote.text);
        Integer occurrence = null;
        if (starts.size() > 1 && !spans.isEmpty()) {
            int start = spans.get(0).start;
            for (int i = 0; i < starts.size(); i++) {
                if (document.body.codePointCount(0, starts.get(i)) == start) {
                    occurrence = i + 1;
                }
            }
        }
        return new QuoteEntry(quote.id, quote.speaker.id, quote.text, occurrence, quote.textEn, quote.kind,
                quote.channel == null ? null : quote.channel.id, quote.aboutAgreementId);
    }

    private QuoteEntry parse(JsonNode patched) {
        try {
            return mapper.treeToValue(patched, QuoteEntry.class);
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, "malformed-body", "Malformed request body",
                    "the patched quote is not valid: " + JsonErrors.describe(e), null);
        }
    }
}

package org.geofacts.document;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.geofacts.paging.Page;
import org.geofacts.paging.PageRequest;
import org.geofacts.model.PartialDate;
import org.geofacts.web.ProblemException;
import org.geofacts.writes.WriteSession;
import org.geofacts.model.Fingerprint;

@ApplicationScoped
public class DocumentService {

    private final DocumentRepository documents;
    private final WriteSession session;

    public DocumentService(DocumentRepository documents, WriteSession session) {
        this.documents = documents;
        this.session = session;
    }

    /**
     * Stores a new document verbatim.
     *
     * @throws ProblemException 409 when the id is taken or the same text is already stored (the
     *                          detail names that document), 400 for an impossible date
     */
    @Transactional
    public DocumentDto create(DocumentInput input, String actor) {
        PartialDate published;
        try {
            published = PartialDate.parseOrNull(input.published());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("published", e.getMessage());
        }
        session.begin(actor);
        String sha256 = Fingerprint.sha256(input.text());
        documents.findBySha256(sha256).ifPresent(existing -> {
            throw new ProblemException(409, "duplicate-document", "Document already stored",
                    "the same text is already stored as document '" + existing.id + "' (/documents/" + existing.id + ")", null);
        });
        if (documents.findById(input.id()) != null) {
            throw new ProblemException(409, "id-taken", "Id taken", "document id '" + input.id() + "' is already used", null);
        }
        Document document = new Document();
        document.id = input.id();
        document.body = input.text();
        document.sha256 = sha256;
        document.lang = input.lang();
        document.title = input.title();
        document.publisher = input.publisher();
        document.url = input.url();
        document.publishedValue = published == null ? null : published.value();
        document.publishedEarliest = published == null ? null : published.earliest();
        document.publishedLatest = published == null ? null : published.latest();
        document.touchedBy(actor);
        documents.persist(document);
        return DocumentDto.of(document, input.text().codePointCount(0, input.text().length()), true);
    }

    /** Metadata only: lists never load document texts. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DocumentDto> list(PageRequest page) {
        return Page.of(documents.page(page), page, d -> d.id, shown -> {
            Map<String, Long> lengths = documents.lengthsOf(shown.stream().map(d -> d.id).toList());
            return shown.stream().map(d -> DocumentDto.of(d, lengths.getOrDefault(d.id, 0L), false)).toList();
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<DocumentDto> get(String id) {
        return documents.findByIdOptional(id)
                .map(d -> DocumentDto.of(d, d.body.codePointCount(0, d.body.length()), true));
    }
}

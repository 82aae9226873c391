package org.geofacts.document;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.geofacts.paging.Page;
import org.geofacts.paging.PageRequest;
import org.geofacts.model.PartialDate;
import org.geofacts.model.StatedDate;
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

    /** What {@link #store} did. */
    public enum Stored { CREATED, UPDATED, UNCHANGED }

    /**
     * Stores a new document verbatim (POST /documents).
     *
     * @throws ProblemException 409 when the id is taken or the same text is already stored (the
     *                          detail names that document), 400 for an impossible date
     */
    @Transactional
    public DocumentDto create(DocumentInput input, String actor) {
        try {
            PartialDate.parseOrNull(input.published());
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
        describe(document, input, actor);
        return DocumentDto.of(document, input.text().codePointCount(0, input.text().length()), true);
    }

    /**
     * Stores a document for a bundle in the caller's write: a new one verbatim, a known one only
     * if its text is the same (its metadata may change). Stored texts never change: evidence
     * points into them.
     *
     * @throws DocumentConflictException when the id holds another text, or another id the same text
     */
    public Stored store(DocumentInput input, String actor) {
        String sha256 = Fingerprint.sha256(input.text());
        Document existing = documents.findById(input.id());
        if (existing == null) {
            documents.findBySha256(sha256).ifPresent(other -> {
                throw new DocumentConflictException("the same text is already stored as document '" + other.id + "'");
            });
            Document document = new Document();
            document.id = input.id();
            document.body = input.text();
            document.sha256 = sha256;
            describe(document, input, actor);
            return Stored.CREATED;
        }
        if (!existing.sha256.equals(sha256)) {
            throw new DocumentConflictException("document '" + input.id() + "' is stored with a different text; stored texts never change");
        }
        if (sameMetadata(existing, input)) {
            return Stored.UNCHANGED;
        }
        describe(existing, input, actor);
        return Stored.UPDATED;
    }

    private void describe(Document document, DocumentInput input, String actor) {
        document.lang = input.lang();
        document.title = input.title();
        document.publisher = input.publisher();
        document.url = input.url();
        document.published = StatedDate.of(input.published());
        document.touchedBy(actor);
        documents.persist(document);
    }

    private static boolean sameMetadata(Document d, DocumentInput input) {
        return Objects.equals(d.lang, input.lang()) && Objects.equals(d.title, input.title())
                && Objects.equals(d.publisher, input.publisher()) && Objects.equals(d.url, input.url())
                && Objects.equals(StatedDate.valueOf(d.published), input.published());
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

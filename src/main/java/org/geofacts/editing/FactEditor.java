package org.geofacts.editing;

import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.geofacts.writes.ConditionalWrites;
import org.geofacts.web.JsonBodies;
import org.geofacts.web.MergePatch;
import org.geofacts.web.Problem;
import org.geofacts.web.ProblemException;
import org.geofacts.writes.WriteSession;
import org.geofacts.bundle.BundleImporter;
import org.geofacts.bundle.BundleRejectedException;
import org.geofacts.bundle.FactKind;
import org.geofacts.document.Document;
import org.geofacts.document.DocumentRepository;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Curators' create, replace, merge-patch and delete of single facts of any kind. Every edit is
 * turned into a bundle holding one entry and goes through the importer, so it is validated and its
 * evidence located exactly as an import's; replace, patch and delete are conditional on the ETag the
 * curator last read, checked under the write lock, so no update is lost.
 *
 * <p>Facts that belong to a document name it in a {@code document} member next to the entry's own.
 */
@ApplicationScoped
public class FactEditor {

    static final String DOCUMENT = "document";

    private final BundleImporter importer;
    private final ConditionalWrites writes;
    private final WriteSession session;
    private final DocumentRepository documents;
    private final References references;
    private final EntityManager em;
    private final ObjectMapper mapper;

    public FactEditor(BundleImporter importer, ConditionalWrites writes, WriteSession session, DocumentRepository documents,
            References references, EntityManager em, ObjectMapper mapper) {
        this.importer = importer;
        this.writes = writes;
        this.session = session;
        this.documents = documents;
        this.references = references;
        this.em = em;
        this.mapper = mapper.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** A fact just written: its canonical id and its representation as GET will serve it. */
    public record Written<D>(String id, D representation) {
    }

    /**
     * @throws ProblemException 409 when the id is taken, 422 when the fact is invalid
     */
    @Transactional
    public <E, D> Written<D> create(FactKind<E, ?, D> kind, JsonNode body, String actor) {
        ObjectNode entry = JsonBodies.object(body, kind.name());
        session.begin(actor);
        String documentId = kind.ownedByDocument() ? takeDocument(entry, null) : null;
        // A missing or malformed id is the validator's to report; any scalar is read as the text Jackson will bind.
        JsonNode given = entry.get(kind.idField());
        String id = given != null && given.isValueNode() ? given.asText() : null;
        if (id != null && kind.canonicalId(id).isPresent()) {
            throw ProblemException.alreadyExists(kind.name() + " " + kind.idField() + " '" + id
                    + "' is taken; GET that " + kind.name() + " and PUT or PATCH it to change it");
        }
        write(kind, documentId, entry, "", actor);
        // The validator has made sure the id is present and in its stored kind.
        return new Written<>(id, kind.representation(id).orElseThrow());
    }

    /** Replaces the whole fact with the body, which has the create form; the id may be left out. */
    @Transactional
    public <E, D> D replace(FactKind<E, ?, D> kind, String id, JsonNode body, String ifMatch, String actor) {
        ObjectNode entry = JsonBodies.object(body, kind.name());
        return rewrite(kind, id, ifMatch, actor, current -> entry);
    }

    /** Applies a JSON merge patch (RFC 7396) to the fact in its create kind. */
    @Transactional
    public <E, D> D patch(FactKind<E, ?, D> kind, String id, JsonNode patch, String ifMatch, String actor) {
        ObjectNode changes = JsonBodies.object(patch, kind.name() + " merge patch");
        return rewrite(kind, id, ifMatch, actor, current -> (ObjectNode) MergePatch.apply(current, changes));
    }

    /**
     * Deletes the fact; with {@code cascade}, also what depends on it (see {@link References}).
     *
     * @throws ProblemException 409 when other facts refer to it and cascade is false
     */
    @Transactional
    public <E, D> void delete(FactKind<E, ?, D> kind, String id, String ifMatch, boolean cascade, String actor) {
        writes.begin(kind.name(), id, ifMatch, actor, () -> kind.representation(id));
        String canonical = kind.canonicalId(id).orElseThrow();
        references.release(kind.name(), canonical, cascade);
        kind.delete(canonical);
    }

    /** The fact in its create form: its bundle entry, with its document for facts that have one. */
    public <E, D> ObjectNode editable(FactKind<E, ?, D> kind, FactKind.Stored<E> stored) {
        // The mapper leaves nulls out, so the form holds only the members that are set.
        ObjectNode tree = mapper.valueToTree(stored.entry());
        if (stored.documentId() != null) {
            tree.put(DOCUMENT, stored.documentId());
        }
        return tree;
    }

    /** @return the fact as GET will now serve it, read in the same transaction */
    private <E, D> D rewrite(FactKind<E, ?, D> kind, String id, String ifMatch, String actor, UnaryOperator<ObjectNode> edit) {
        writes.begin(kind.name(), id, ifMatch, actor, () -> kind.representation(id));
        FactKind.Stored<E> stored = kind.stored(id).orElseThrow();
        ObjectNode entry = edit.apply(editable(kind, stored));
        JsonNode newId = entry.get(kind.idField());
        if (newId == null) {
            entry.put(kind.idField(), stored.id());
        } else if (!newId.isTextual() || !newId.asText().equals(stored.id())) {
            throw ProblemException.invalidEdit("the " + kind.idField() + " of a stored " + kind.name() + " cannot change",
                    List.of(new Problem.InvalidField("/" + kind.idField(), "must stay '" + stored.id() + "'")));
        }
        String documentId = kind.ownedByDocument() ? takeDocument(entry, stored.documentId()) : null;
        write(kind, documentId, entry, "", actor);
        return kind.representation(stored.id()).orElseThrow();
    }

    /**
     * Writes an edited part of a fact (a clause of its agreement), in the caller's transaction once
     * it holds the write lock and has checked its precondition.
     *
     * @param edited the fact's {@link #editable} form with the part changed
     * @param part   pointer of the part in the entry, such as /clauses/2: problems under it are reported relative to it
     */
    public <E, D> void writePart(FactKind<E, ?, D> kind, FactKind.Stored<E> stored, ObjectNode edited, String part, String actor) {
        String documentId = kind.ownedByDocument() ? takeDocument(edited, stored.documentId()) : null;
        write(kind, documentId, edited, part, actor);
    }

    /**
     * Removes the document member and checks it: required on create, unchangeable after.
     *
     * @param fixed the fact's document when it exists already, else null
     */
    private String takeDocument(ObjectNode entry, String fixed) {
        JsonNode document = entry.remove(DOCUMENT);
        if (fixed != null) {
            if (document != null && !(document.isTextual() && document.asText().equals(fixed))) {
                throw ProblemException.invalidEdit("a fact stays in its document; delete it and create it in the other one",
                        List.of(new Problem.InvalidField("/" + DOCUMENT, "must stay '" + fixed + "'")));
            }
            return fixed;
        }
        if (document == null || !document.isTextual() || document.asText().isBlank()) {
            throw ProblemException.invalidEdit("name the stored document whose text holds the evidence",
                    List.of(new Problem.InvalidField("/" + DOCUMENT, "is required: the id of a stored document")));
        }
        if (documents.findById(document.asText()) == null) {
            throw ProblemException.invalidEdit("no document '" + document.asText() + "'; POST /documents first",
                    List.of(new Problem.InvalidField("/" + DOCUMENT, "unknown document '" + document.asText() + "'")));
        }
        return document.asText();
    }

    /** Sends the entry through the importer's narrow door for one entry: the document is only read. */
    private <E, D> void write(FactKind<E, ?, D> kind, String documentId, ObjectNode tree, String part, String actor) {
        E entry = JsonBodies.bind(mapper, tree, kind.entryType(), kind.name());
        Document document = documentId == null ? null : documents.findById(documentId);
        try {
            importer.writeEntry(kind, entry, document == null ? null
                    : new BundleImporter.EntryDocument(document.id, document.lang, document.body), actor);
        } catch (BundleRejectedException e) {
            throw ProblemException.invalidEdit(e.problems().size() + " problem(s); nothing was written",
                    e.problems().stream().map(p -> new Problem.InvalidField(relative(p.pointer(), part), p.message())).toList());
        }
        em.flush();
        em.clear();
    }

    /** Problem pointers are relative to the entry; the client wrote the entry, or the part of it, itself. */
    private static String relative(String pointer, String part) {
        if (!part.isEmpty() && pointer.equals(part)) {
            return "";
        }
        return !part.isEmpty() && pointer.startsWith(part + "/") ? pointer.substring(part.length()) : pointer;
    }
}

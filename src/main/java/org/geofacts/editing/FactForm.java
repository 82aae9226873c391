package org.geofacts.editing;

import java.util.Optional;

import org.geofacts.bundle.FactBundle;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * One kind of fact as curators edit it: in the form of its fact-bundle entry, the same form the
 * importer reads, so an edit is validated and its evidence located exactly as an import's.
 * Subclasses say how a stored fact reads as an entry and which representation GET serves.
 *
 * @param <E> the bundle entry record of the kind
 * @param <D> the representation GET serves
 */
public abstract class FactForm<E, D> {

    private final String kind;
    private final Class<E> entryType;
    private final PanacheRepositoryBase<?, String> repository;

    /**
     * @param kind       singular name, as in problems and the change feed: "country", "claim"
     * @param repository deletes the fact; the database deletes its parts (evidence, aliases, clauses)
     */
    protected FactForm(String kind, Class<E> entryType, PanacheRepositoryBase<?, String> repository) {
        this.kind = kind;
        this.entryType = entryType;
        this.repository = repository;
    }

    public String kind() {
        return kind;
    }

    public Class<E> entryType() {
        return entryType;
    }

    /** The entry member holding the id: "id", or "code" for countries. */
    public String idField() {
        return "id";
    }

    /** True for facts that belong to a document and take their evidence from its text. */
    public boolean ownedByDocument() {
        return FactBundle.ownedByDocument(entryType);
    }

    /** The representation GET serves for this id, whose ETag an If-Match must name; empty when absent. */
    public abstract Optional<D> representation(String id);

    /**
     * The stored fact's own id for the given one (a country found by alpha-3 answers with its
     * alpha-2); empty when absent. One lookup, where {@link #stored} reads the whole fact.
     */
    public Optional<String> canonicalId(String id) {
        return repository.findByIdOptional(id).map(found -> id);
    }

    /** The stored fact as a bundle entry; empty when absent. */
    public abstract Optional<Stored<E>> stored(String id);

    /** Deletes the fact by its canonical id; references to it are dealt with before. */
    public void delete(String id) {
        repository.deleteById(id);
    }

    /**
     * @param id         the canonical id (a country found by its alpha-3 code answers with its alpha-2)
     * @param documentId the owning document, null for entities
     */
    public record Stored<E>(String id, E entry, String documentId) {
    }
}

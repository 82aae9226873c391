package org.geofacts.bundle;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Locale;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.geofacts.bundle.FactBundle.EvidenceEntry;
import org.geofacts.bundle.ImportReport.Outcome;
import org.geofacts.document.DocumentRepository;
import org.geofacts.evidence.EvidenceDto;
import org.geofacts.evidence.EvidenceRepository;
import org.geofacts.model.DocumentFact;
import org.geofacts.model.ImportedFact;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * One kind of fact as the bundle pipeline handles it: the plug-in each kind package provides, so
 * all of a kind's write rules live beside its entity. The pipeline asks a kind to check an entry
 * (pure rules), to look up what only the database knows, to upsert the entry, to read a stored
 * fact back as an entry, and to delete it. The upsert skeleton is written once, here.
 *
 * @param <E> the bundle entry record
 * @param <R> the entity
 * @param <D> the representation GET serves, whose ETag guards edits
 */
public abstract class FactKind<E, R extends ImportedFact, D> {

    private final String name;
    private final String section;
    private final Class<E> entryType;
    private final Class<R> entityType;
    private final PanacheRepositoryBase<R, String> repository;
    private final Function<E, String> idOf;
    private final BiConsumer<E, EntryCheck> rules;
    private final Function<String, Optional<D>> representation;

    /** For reading stored evidence back as entries: spans are named by their words, and which occurrence. */
    @Inject
    protected EvidenceRepository evidence;

    @Inject
    protected DocumentRepository documents;

    /** Reads entries as JSON trees, to compare a restated entity with the stored one. */
    @Inject
    protected ObjectMapper mapper;

    /**
     * @param section the bundle section holding such entries: "countries", "claims"
     * @param idOf    the entry's id
     * @param rules   the kind's own rules for one entry: pure, so they are unit-tested without a database
     * @param representation the representation GET serves for an id, whose ETag an If-Match must name
     */
    protected FactKind(String section, Class<E> entryType, Class<R> entityType, PanacheRepositoryBase<R, String> repository,
            Function<E, String> idOf, BiConsumer<E, EntryCheck> rules, Function<String, Optional<D>> representation) {
        this.name = entityType.getSimpleName().toLowerCase(Locale.ROOT);
        this.section = section;
        this.entryType = entryType;
        this.entityType = entityType;
        this.repository = repository;
        this.idOf = idOf;
        this.rules = rules;
        this.representation = representation;
    }

    /** Singular, as in problems and the change feed: "country", "claim". */
    public String name() {
        return name;
    }

    public String section() {
        return section;
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
        return DocumentFact.class.isAssignableFrom(entityType);
    }

    public String idOf(E entry) {
        return idOf.apply(entry);
    }

    /** The entry as stored and fingerprinted: sets sorted, names among aliases, so equal facts hash equally. */
    @SuppressWarnings("unchecked")
    public E canonical(E entry) {
        return entry instanceof FactBundle.Canonical<?> canonical ? (E) canonical.canonical() : entry;
    }

    // --- checking ---------------------------------------------------------------------------

    /** The kind's own rules, applied to one entry; no database. */
    public void check(E entry, EntryCheck check) {
        rules.accept(entry, check);
    }

    /**
     * Rules that need stored data, for all of a bundle's entries of this kind at once (ids another
     * document owns, unique codes held by other rows). Runs after {@link #check}.
     *
     * @param checks the check of each entry, by entry
     */
    public void lookUp(Map<E, EntryCheck> checks, String documentId) {
        if (!ownedByDocument()) {
            return;
        }
        Map<String, String> owners = owningDocuments(checks.keySet().stream().map(this::idOf).toList());
        checks.forEach((entry, check) -> {
            String owner = owners.get(idOf(entry));
            if (owner != null && !owner.equals(documentId)) {
                check.problem(idField(), "'" + idOf(entry) + "' is already the id of a " + name + " of document '" + owner + "'");
            }
        });
    }

    /** Which of the ids are stored, in one query: references to them are valid. */
    public Set<String> existing(Collection<String> ids) {
        List<String> wanted = ids.stream().filter(id -> id != null).distinct().toList();
        if (wanted.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(repository.getEntityManager()
                .createQuery("select e." + idColumn() + " from " + entityName() + " e where e." + idColumn() + " in :ids", String.class)
                .setParameter("ids", wanted).getResultList());
    }

    // --- writing ----------------------------------------------------------------------------

    /**
     * Writes one checked entry: unchanged entries (same fingerprint) are left alone, and on a
     * reload so is what a curator wrote last; otherwise the row is created or overwritten and its
     * parts (evidence, clauses, actors) rewritten.
     *
     * @param at the entry's JSON pointer, which keys its located evidence
     */
    public final Outcome upsert(E entry, String at, ImportRun run) {
        E canonical = canonical(run.mode().restates() ? restated(entry) : entry);
        String hash = run.fingerprint(canonical);
        R row = repository.findById(idOf(entry));
        if (run.mode().keepsAsCuratorsLeftIt(row)) {
            return Outcome.UNCHANGED;
        }
        if (row != null && hash.equals(row.sourceHash)) {
            return Outcome.UNCHANGED;
        }
        Outcome outcome = row == null ? Outcome.CREATED : Outcome.UPDATED;
        if (row == null) {
            row = newRow();
            if (row instanceof DocumentFact fact) {
                fact.documentId = run.documentId();
            }
        }
        copy(canonical, row, run);
        row.sourceHash = hash;
        row.touchedBy(run.actor());
        repository.persist(row);
        clearParts(row);
        repository.flush();
        writeParts(canonical, row, at, run);
        return outcome;
    }

    private R newRow() {
        try {
            return entityType.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("entities have a public no-argument constructor", e);
        }
    }

    /** The stored evidence of a fact as its entry names it, in position order. */
    protected List<EvidenceEntry> evidenceEntries(List<EvidenceDto> spans, String documentId) {
        return EvidenceForm.of(spans, documents.findById(documentId));
    }

    /** Copies the entry's own values, its id included, onto the row (a new one or the stored one), not its parts. */
    protected abstract void copy(E entry, R row, ImportRun run);

    /** Deletes the row's parts before they are written anew; nothing by default. */
    protected void clearParts(R row) {
    }

    /** Writes the row's parts: evidence, clauses, actors. Nothing by default. */
    protected void writeParts(E entry, R row, String at, ImportRun run) {
    }

    /**
     * On a whole-bundle import, deletes the document's facts of this kind that the bundle no
     * longer holds.
     *
     * @param keptIds     ids the bundle holds
     * @param keepCurated true on a reload: what a curator wrote last stays
     * @return how many were deleted
     */
    public int deleteAbsent(String documentId, Set<String> keptIds, boolean keepCurated) {
        if (!ownedByDocument()) {
            return 0;
        }
        // "not in ()" is invalid; "-" is no valid id, so it keeps the query valid for an empty set.
        Set<String> kept = keptIds.isEmpty() ? Set.of("-") : keptIds;
        return (int) repository.delete("documentId = ?1 and id not in ?2" + (keepCurated ? " and updatedBy not like 'curator:%'" : ""),
                documentId, kept);
    }

    // --- entities shared by every document -----------------------------------------------------

    /**
     * On an import (not an edit, which is conditional on the ETag the curator read), an entry for a
     * stored country, person or organization restates it: it may add aliases and fill what is
     * empty, never change what another document or a curator relies on. Each such change is a
     * problem naming the entity and the field; PUT or PATCH changes it.
     */
    public void checkRestated(Map<E, EntryCheck> checks) {
        if (ownedByDocument()) {
            return;
        }
        checks.forEach((entry, check) -> Optional.ofNullable(idOf(entry)).flatMap(this::stored).ifPresent(stored -> {
            ObjectNode was = mapper.valueToTree(canonical(stored.entry()));
            ObjectNode now = mapper.valueToTree(canonical(entry));
            was.fields().forEachRemaining(field -> {
                JsonNode given = now.get(field.getKey());
                boolean changes = given != null && !given.isNull() && !field.getValue().isNull() && !given.equals(field.getValue());
                if (changes && !field.getKey().equals(ALIASES) && !field.getKey().equals(idField())) {
                    check.problem(field.getKey(), "would change " + field.getValue() + " of the stored " + name + " '" + stored.id()
                            + "', which other documents rely on; change it with PUT or PATCH /" + section + "/" + stored.id());
                }
            });
        }));
    }

    private static final String ALIASES = "aliases";

    /** The stored entity with what the entry adds: members it leaves out keep their stored values, aliases are joined. */
    private E restated(E entry) {
        if (ownedByDocument()) {
            return entry;
        }
        return Optional.ofNullable(idOf(entry)).flatMap(this::stored).map(stored -> {
            ObjectNode merged = mapper.valueToTree(canonical(stored.entry()));
            ObjectNode given = mapper.valueToTree(entry);
            JsonNode storedAliases = merged.get(ALIASES);
            given.fields().forEachRemaining(field -> {
                if (!field.getValue().isNull()) {
                    merged.set(field.getKey(), field.getValue());
                }
            });
            if (storedAliases != null && storedAliases.isArray()) {
                ArrayNode aliases = merged.withArray(ALIASES);
                storedAliases.forEach(alias -> {
                    if (java.util.stream.StreamSupport.stream(aliases.spliterator(), false).noneMatch(alias::equals)) {
                        aliases.add(alias);
                    }
                });
            }
            try {
                return mapper.treeToValue(merged, entryType);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a stored entity reads back as its own entry type", e);
            }
        }).orElse(entry);
    }

    // --- reading back and deleting ---------------------------------------------------------

    /** The representation GET serves for this id, whose ETag an If-Match must name; empty when absent. */
    public Optional<D> representation(String id) {
        return representation.apply(id);
    }

    /** The stored fact as a bundle entry; empty when absent. */
    public abstract Optional<Stored<E>> stored(String id);

    /**
     * The stored fact's own id for the given one (a country found by alpha-3 answers with its
     * alpha-2); empty when absent. One lookup, where {@link #stored} reads the whole fact.
     */
    public Optional<String> canonicalId(String id) {
        return repository.findByIdOptional(id).map(found -> id);
    }

    /** Deletes the fact by its canonical id; references to it are dealt with before, its parts by the database. */
    public void delete(String id) {
        repository.deleteById(id);
    }

    /**
     * @param id         the canonical id
     * @param documentId the owning document, null for entities
     */
    public record Stored<E>(String id, E entry, String documentId) {
    }

    private Map<String, String> owningDocuments(List<String> ids) {
        Map<String, String> owners = new HashMap<>();
        List<String> wanted = ids.stream().filter(id -> id != null).distinct().toList();
        if (!wanted.isEmpty()) {
            repository.getEntityManager()
                    .createQuery("select e.id, e.documentId from " + entityName() + " e where e.id in :ids", Object[].class)
                    .setParameter("ids", wanted).getResultList()
                    .forEach(row -> owners.put((String) row[0], (String) row[1]));
        }
        return owners;
    }

    /**
     * Refuses entries whose value of a field that must be unique (an alpha-3 code, a Wikidata id)
     * another stored row holds already, so a clash is a precise problem rather than a failed insert.
     *
     * @param what how the problem names the field: "the Wikidata id"
     */
    protected void requireUnique(Map<E, EntryCheck> checks, String entityField, String entryField, Function<E, String> value,
            String what) {
        checks.forEach((entry, check) -> heldBy(entityField, value.apply(entry), idOf(entry)).ifPresent(holder ->
                check.problem(entryField, "'" + value.apply(entry) + "' is already " + what + " of " + name + " '" + holder + "'")));
    }

    /**
     * Which other stored row holds a value that must be unique (an alpha-3 code, a Wikidata id),
     * so a clash is a precise problem rather than a failed insert; empty when none.
     */
    private Optional<String> heldBy(String field, String value, String exceptId) {
        if (value == null || exceptId == null) {
            return Optional.empty();
        }
        return repository.getEntityManager()
                .createQuery("select e." + idColumn() + " from " + entityName() + " e where e." + field + " = :value and e."
                        + idColumn() + " <> :id", String.class)
                .setParameter("value", value).setParameter("id", exceptId).setMaxResults(1).getResultStream().findFirst();
    }

    /** The id attribute of the entity, for queries: "id", or "code" for countries. */
    protected String idColumn() {
        return "id";
    }

    private String entityName() {
        return entityType.getSimpleName();
    }
}

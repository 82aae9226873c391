package org.geofacts.bundle;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.geofacts.bundle.FactBundle.DocumentEntry;
import org.geofacts.bundle.ImportReport.Outcome;
import org.geofacts.document.DocumentConflictException;
import org.geofacts.document.DocumentInput;
import org.geofacts.document.DocumentService;
import org.geofacts.evidence.LocatedSpan;
import org.geofacts.writes.WriteSession;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The single write path for facts: validates all of a bundle first, then writes it in one
 * transaction, so a rejected or failed import leaves the database exactly as it was. Imports, the
 * bundled dataset at startup and single-fact edits all go through it; each kind of entry is
 * checked and written by its {@link FactKind}.
 */
@ApplicationScoped
public class BundleImporter {

    private final BundleValidator validator;
    private final FactKinds kinds;
    private final DocumentService documents;
    private final WriteSession session;
    private final ObjectMapper mapper;

    public BundleImporter(BundleValidator validator, FactKinds kinds, DocumentService documents, WriteSession session,
            ObjectMapper mapper) {
        this.validator = validator;
        this.kinds = kinds;
        this.documents = documents;
        this.session = session;
        this.mapper = mapper;
    }

    /**
     * @param documentText the exact text of the bundle's document: stored if new, and required to
     *                     equal the stored text if the document exists
     * @param actor        recorded as created_by / updated_by
     * @throws BundleRejectedException with every problem found; nothing is written
     */
    @Transactional
    public ImportReport importBundle(FactBundle bundle, String documentText, String actor) {
        return importBundle(bundle, documentText, actor, ImportMode.REPLACE);
    }

    /**
     * As {@link #importBundle(FactBundle, String, String)}, with {@link ImportMode#ADD} to keep the
     * document's facts the bundle lacks.
     */
    @Transactional
    public ImportReport importBundle(FactBundle bundle, String documentText, String actor, ImportMode mode) {
        if (mode != ImportMode.REPLACE && mode != ImportMode.ADD) {
            throw new IllegalArgumentException("imports replace or add; " + mode + " is for reloads and edits");
        }
        return write(bundle, documentText, actor, mode);
    }

    /**
     * Reloads a bundled dataset that changed: like {@link #importBundle}, but what curators wrote
     * through the API (edits, added facts) stays as they left it.
     */
    @Transactional
    public ImportReport reloadDataset(FactBundle bundle, String documentText, String actor) {
        return write(bundle, documentText, actor, ImportMode.RELOAD);
    }

    /**
     * Writes one entry, leaving every other fact alone: the narrow door of single-fact edits, in
     * the caller's transaction. The document is stored already; it is read, never written.
     *
     * @param document the stored document holding the fact's evidence, null for entities
     * @throws BundleRejectedException with every problem found, pointers relative to the entry
     */
    public <E> Outcome writeEntry(FactKind<E, ?, ?> kind, E entry, EntryDocument document, String actor) {
        session.begin(actor);
        FactBundle one = FactBundle.of(null, entry);
        String at = "/" + kind.section() + "/0";
        try {
            Map<String, List<LocatedSpan>> spans = validator.validateEntries(one,
                    document == null ? null : document.id(), document == null ? null : document.text());
            ImportRun run = new ImportRun(document == null ? null : document.id(), document == null ? null : document.lang(), actor,
                    ImportMode.MERGE, spans, mapper);
            return kind.upsert(entry, at, run);
        } catch (BundleRejectedException e) {
            throw new BundleRejectedException(e.problems().stream()
                    .map(p -> new BundleProblem(p.pointer().startsWith(at) ? p.pointer().substring(at.length()) : p.pointer(), p.message()))
                    .toList());
        }
    }

    /** The stored document an edited fact belongs to. */
    public record EntryDocument(String id, String lang, String text) {
    }

    private ImportReport write(FactBundle bundle, String documentText, String actor, ImportMode mode) {
        session.begin(actor);
        Map<String, List<LocatedSpan>> spans = validator.validate(bundle, documentText, mode.restates());
        ImportReport.Tally tally = new ImportReport.Tally();
        DocumentEntry document = bundle.document();
        tally.add("documents", storeDocument(document, documentText, actor));
        ImportRun run = new ImportRun(document.id(), document.lang(), actor, mode, spans, mapper);
        for (FactKind<?, ?, ?> kind : kinds.inOrder()) {
            Set<String> written = upsertAll(kind, bundle, run, tally);
            if (mode.deletesAbsent()) {
                tally.deleted(kind.section(), kind.deleteAbsent(document.id(), written, mode == ImportMode.RELOAD));
            }
        }
        return tally.report(document.id());
    }

    private static <E> Set<String> upsertAll(FactKind<E, ?, ?> kind, FactBundle bundle, ImportRun run, ImportReport.Tally tally) {
        Set<String> ids = new HashSet<>();
        List<E> entries = BundleValidator.entriesOf(kind, bundle);
        for (int i = 0; i < entries.size(); i++) {
            tally.add(kind.section(), kind.upsert(entries.get(i), "/" + kind.section() + "/" + i, run));
            ids.add(kind.idOf(entries.get(i)));
        }
        return ids;
    }

    private Outcome storeDocument(DocumentEntry entry, String text, String actor) {
        try {
            return switch (documents.store(new DocumentInput(entry.id(), text, entry.lang(), entry.title(), entry.publisher(),
                    entry.url(), entry.published()), actor)) {
                case CREATED -> Outcome.CREATED;
                case UPDATED -> Outcome.UPDATED;
                case UNCHANGED -> Outcome.UNCHANGED;
            };
        } catch (DocumentConflictException e) {
            throw new BundleRejectedException(List.of(new BundleProblem("/document/id", e.getMessage())));
        }
    }
}

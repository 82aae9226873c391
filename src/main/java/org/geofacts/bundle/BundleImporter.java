package org.geofacts.bundle;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.geofacts.model.PartialDate;
import org.geofacts.writes.WriteSession;
import org.geofacts.document.Document;
import org.geofacts.document.DocumentRepository;
import org.geofacts.model.Fingerprint;

/**
 * Imports a fact bundle for one document: validates all of it first, then writes everything in
 * one transaction, so a rejected or failed import leaves the database exactly as it was. This is
 * the single write path for facts: the bundled dataset at startup goes through it too.
 */
@ApplicationScoped
public class BundleImporter {

    private final BundleValidator validator;
    private final EntityImporter entities;
    private final FactImporter facts;
    private final DocumentRepository documents;
    private final WriteSession session;

    public BundleImporter(BundleValidator validator, EntityImporter entities, FactImporter facts,
            DocumentRepository documents, WriteSession session) {
        this.validator = validator;
        this.entities = entities;
        this.facts = facts;
        this.documents = documents;
        this.session = session;
    }

    /**
     * @param documentText the exact text of the bundle's document: stored if new, and required to
     *                     equal the stored text if the document exists
     * @param actor        recorded as created_by / updated_by
     * @throws BundleRejectedException with every problem found; nothing is written
     */
    @Transactional
    public ImportReport importBundle(FactBundle bundle, String documentText, String actor) {
        return write(bundle, documentText, actor, ImportMode.REPLACE);
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
     * Writes only the facts the bundle names, leaving the document's other facts alone: the path
     * of single-fact edits, validated exactly like a whole bundle.
     */
    @Transactional
    public ImportReport mergeBundle(FactBundle bundle, String documentText, String actor) {
        return write(bundle, documentText, actor, ImportMode.MERGE);
    }

    /**
     * Writes the countries, people and organizations of a bundle that has no document and no
     * facts: the path of single-entity edits, validated like a bundle's entities.
     */
    @Transactional
    public ImportReport mergeEntities(FactBundle bundle, String actor) {
        session.begin(actor);
        validator.validateEntities(bundle);
        ImportReport.Tally tally = new ImportReport.Tally();
        entities.importAll(bundle, actor, tally, ImportMode.MERGE);
        return tally.report(null);
    }

    private ImportReport write(FactBundle bundle, String documentText, String actor, ImportMode mode) {
        session.begin(actor);
        ResolvedBundle resolved = validator.validate(bundle, documentText);
        ImportReport.Tally tally = new ImportReport.Tally();
        String documentId = storeDocument(bundle.document(), documentText, actor, tally);
        entities.importAll(bundle, actor, tally, mode);
        facts.importAll(resolved, documentId, actor, tally, mode);
        return tally.report(documentId);
    }

    private String storeDocument(FactBundle.DocumentEntry entry, String text, String actor, ImportReport.Tally tally) {
        String sha256 = Fingerprint.sha256(text);
        Document existing = documents.findById(entry.id());
        if (existing == null) {
            documents.findBySha256(sha256).ifPresent(other -> {
                throw new BundleRejectedException(List.of(new BundleProblem("/document/id",
                        "the same text is already stored as document '" + other.id + "'")));
            });
            existing = new Document();
            existing.id = entry.id();
            existing.body = text;
            existing.sha256 = sha256;
            tally.add("documents", ImportReport.Outcome.CREATED);
        } else if (!existing.sha256.equals(sha256)) {
            throw new BundleRejectedException(List.of(new BundleProblem("/document/id",
                    "document '" + entry.id() + "' is stored with a different text; stored texts never change")));
        } else if (sameMetadata(existing, entry)) {
            tally.add("documents", ImportReport.Outcome.UNCHANGED);
            return existing.id;
        } else {
            tally.add("documents", ImportReport.Outcome.UPDATED);
        }
        existing.lang = entry.lang();
        existing.title = entry.title();
        existing.publisher = entry.publisher();
        existing.url = entry.url();
        PartialDate published = PartialDate.parseOrNull(entry.published());
        existing.publishedValue = published == null ? null : published.value();
        existing.publishedEarliest = published == null ? null : published.earliest();
        existing.publishedLatest = published == null ? null : published.latest();
        existing.touchedBy(actor);
        documents.persistAndFlush(existing);
        return existing.id;
    }

    private static boolean sameMetadata(Document d, FactBundle.DocumentEntry e) {
        return java.util.Objects.equals(d.lang, e.lang()) && java.util.Objects.equals(d.title, e.title())
                && java.util.Objects.equals(d.publisher, e.publisher()) && java.util.Objects.equals(d.url, e.url())
                && java.util.Objects.equals(d.publishedValue, e.published());
    }
}

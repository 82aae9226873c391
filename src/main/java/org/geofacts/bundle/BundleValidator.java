package org.geofacts.bundle;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.geofacts.bundle.FactBundle.DocumentEntry;
import org.geofacts.evidence.LocatedSpan;

/**
 * Checks a bundle before anything is written and reports every problem at once, each with a JSON
 * pointer into the bundle: its document, then each entry by its kind's own rules and lookups.
 * References may point into the bundle itself or at entities already stored, so a second article
 * can reuse the countries and people of the first.
 */
@ApplicationScoped
public class BundleValidator {

    private final FactKinds kinds;

    public BundleValidator(FactKinds kinds) {
        this.kinds = kinds;
    }

    /**
     * @param documentText the exact text of the bundle's document
     * @return the evidence located for each entry, by its JSON pointer
     * @throws BundleRejectedException listing every problem, when there is any
     */
    public Map<String, List<LocatedSpan>> validate(FactBundle bundle, String documentText) {
        return validate(bundle, documentText, false);
    }

    /**
     * @param restates true for imports: entries for stored entities may add to them, not change them
     *                 (see {@link FactKind#checkRestated})
     */
    public Map<String, List<LocatedSpan>> validate(FactBundle bundle, String documentText, boolean restates) {
        DocumentEntry document = bundle.document();
        if (document == null) {
            throw new BundleRejectedException(List.of(new BundleProblem("/document", "is required")));
        }
        return check(bundle, document.id(), documentText, true, restates);
    }

    /**
     * Checks the entries of a bundle that has no document entry: single-fact edits, whose
     * document (if any) is already stored.
     *
     * @param documentId   the stored document of the facts, null for entities
     * @param documentText its text, null for entities
     */
    public Map<String, List<LocatedSpan>> validateEntries(FactBundle bundle, String documentId, String documentText) {
        return check(bundle, documentId, documentText, false, false);
    }

    private Map<String, List<LocatedSpan>> check(FactBundle bundle, String documentId, String documentText, boolean withDocument,
            boolean restates) {
        Map<String, Set<String>> defined = new HashMap<>();
        Map<String, Boolean> storedIds = new HashMap<>();
        EntryCheck.Run run = new EntryCheck.Run(documentId, documentText, (section, id) -> defined.get(section).contains(id)
                || storedIds.computeIfAbsent(section + "\0" + id, k -> kinds.of(section).existing(List.of(id)).contains(id)));
        EntryCheck root = new EntryCheck(run, "");
        if (withDocument) {
            checkDocument(root.at("document"), bundle.document());
        }
        if (!anyNullEntry(bundle, root)) {
            kinds.inOrder().forEach(kind -> defined.put(kind.section(), definedIds(kind, bundle, root)));
            kinds.inOrder().forEach(kind -> checkEntries(kind, bundle, root, documentId, restates));
        }
        if (!run.problems.isEmpty()) {
            throw new BundleRejectedException(run.problems);
        }
        return run.spans;
    }

    private static void checkDocument(EntryCheck check, DocumentEntry document) {
        check.id("id", document.id());
        check.matches("lang", document.lang(), EntryCheck.LANG, "a BCP 47 language tag");
        check.required("title", document.title());
        check.partialDate("published", document.published());
    }

    /** A null where an entry belongs is reported, and no entry is looked into. */
    private boolean anyNullEntry(FactBundle bundle, EntryCheck root) {
        boolean found = false;
        for (FactKind<?, ?, ?> kind : kinds.inOrder()) {
            List<?> entries = bundle.section(kind.section());
            for (int i = 0; i < entries.size(); i++) {
                found |= !root.object(kind.section() + "/" + i, entries.get(i));
            }
        }
        return found;
    }

    /** Ids the bundle defines, checked for repeats, so references can be resolved in any order. */
    private static <E> Set<String> definedIds(FactKind<E, ?, ?> kind, FactBundle bundle, EntryCheck root) {
        Set<String> seen = new HashSet<>();
        List<E> entries = entriesOf(kind, bundle);
        for (int i = 0; i < entries.size(); i++) {
            String id = kind.idOf(entries.get(i));
            if (id != null && !seen.add(id)) {
                root.problem(kind.section() + "/" + i + "/" + kind.idField(), "'" + id + "' repeats an earlier entry of " + kind.section());
            }
        }
        return seen;
    }

    private static <E> void checkEntries(FactKind<E, ?, ?> kind, FactBundle bundle, EntryCheck root, String documentId,
            boolean restates) {
        Map<E, EntryCheck> checks = new IdentityHashMap<>();
        List<E> entries = entriesOf(kind, bundle);
        for (int i = 0; i < entries.size(); i++) {
            EntryCheck check = root.at(kind.section() + "/" + i);
            kind.check(entries.get(i), check);
            checks.put(entries.get(i), check);
        }
        kind.lookUp(checks, documentId);
        if (restates) {
            kind.checkRestated(checks);
        }
    }

    @SuppressWarnings("unchecked")
    static <E> List<E> entriesOf(FactKind<E, ?, ?> kind, FactBundle bundle) {
        return (List<E>) bundle.section(kind.section());
    }
}

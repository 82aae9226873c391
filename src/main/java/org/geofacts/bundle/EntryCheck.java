package org.geofacts.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;

import org.geofacts.bundle.FactBundle.EvidenceEntry;
import org.geofacts.evidence.LocatedSpan;
import org.geofacts.evidence.SpanLocator;
import org.geofacts.evidence.SpanNotFoundException;
import org.geofacts.model.PartialDate;

/**
 * The rules shared by every kind of entry, applied at one place of a bundle: each failed rule
 * becomes a problem with a JSON pointer, and evidence found in the document is kept by the pointer
 * of the fact it supports. Kinds check their entries through it; it needs no database, so a kind's
 * rules are unit-tested with {@link #standalone}.
 */
public final class EntryCheck {

    /** At most 120 characters: ids are keys of btree indexes, whose entries must stay small. */
    public static final Pattern ID = Pattern.compile("(?=.{1,120}$)[a-z0-9]+(-[a-z0-9]+)*");
    public static final String ID_EXPECTED = "a lowercase kebab-case id of at most 120 characters";
    public static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
    public static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    public static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    public static final Pattern LANG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");
    private static final int MAX_ALIAS = 300;
    /**
     * Far more names than any country, person or organization goes by in the sources. The aliases are read with
     * every page that names their entity and written under the one write lock: 90,000 of them made a country's
     * create take 9 s, every other write waiting, and each /countries page a megabyte.
     */
    private static final int MAX_ALIASES = 200;
    /** A fact rests on a few passages; each span is a row written under the write lock and read with the fact. */
    private static final int MAX_EVIDENCE = 50;

    /** State shared by every check of one validation. */
    static final class Run {
        final List<BundleProblem> problems = new ArrayList<>();
        final Map<String, List<LocatedSpan>> spans = new HashMap<>();
        final SpanLocator locator;
        /** Whether an id of a section ("people", "countries"...) is defined in the bundle or stored. */
        final BiPredicate<String, String> known;

        Run(String documentId, String documentText, BiPredicate<String, String> known) {
            this.locator = new SpanLocator(documentId, documentText == null ? "" : documentText);
            this.known = known;
        }
    }

    private final Run run;
    private final String at;

    EntryCheck(Run run, String at) {
        this.run = run;
        this.at = at;
    }

    /**
     * A check of one entry outside any bundle, for unit tests of a kind's rules.
     *
     * @param known which ids count as defined, by section
     */
    public static EntryCheck standalone(String documentText, BiPredicate<String, String> known) {
        return new EntryCheck(new Run("test", documentText, known), "");
    }

    /** Problems found so far, by every check of this run. */
    public List<BundleProblem> problems() {
        return List.copyOf(run.problems);
    }

    /** Spans located for the fact at {@code pointer} (relative to the root of the run). */
    public List<LocatedSpan> spansAt(String pointer) {
        return run.spans.getOrDefault(pointer, List.of());
    }

    /** The same run, at a part of this entry: {@code at("clauses/0")}. */
    public EntryCheck at(String part) {
        return new EntryCheck(run, at + "/" + part);
    }

    public String pointer() {
        return at;
    }

    public void problem(String field, String message) {
        run.problems.add(new BundleProblem(field.isEmpty() ? at : at + "/" + field, message));
    }

    /** Present, not blank, and storable: PostgreSQL refuses NUL. */
    public boolean required(String field, String value) {
        if (value == null || value.isBlank()) {
            problem(field, "is required");
            return false;
        }
        if (value.indexOf('\0') >= 0) {
            problem(field, "must not contain NUL characters");
            return false;
        }
        return true;
    }

    public void id(String field, String value) {
        matches(field, value, ID, ID_EXPECTED);
    }

    public void matches(String field, String value, Pattern pattern, String expected) {
        if (required(field, value) && !pattern.matcher(value).matches()) {
            problem(field, "'" + value + "' is not " + expected);
        }
    }

    public void optionalMatch(String field, String value, Pattern pattern, String expected) {
        if (value != null) {
            matches(field, value, pattern, expected);
        }
    }

    public void vocabulary(String field, String value, Set<String> allowed) {
        if (required(field, value) && !allowed.contains(value)) {
            problem(field, "'" + value + "' is not one of " + allowed.stream().sorted().toList());
        }
    }

    public void partialDate(String field, String value) {
        if (value == null) {
            return;
        }
        try {
            PartialDate.parse(value);
        } catch (IllegalArgumentException e) {
            problem(field, e.getMessage());
        }
    }

    /** Names are aliases too, so they share the aliases' length limit (aliases are index keys). */
    public void name(String field, String value, boolean mandatory) {
        boolean present = mandatory ? required(field, value) : value != null;
        if (present && value.length() > MAX_ALIAS) {
            problem(field, "must be at most " + MAX_ALIAS + " characters");
        }
    }

    /**
     * @param names the entity's own names, which are stored among its aliases: the bound counts the names it
     *     goes by in all, so that whatever a GET shows can be sent back
     */
    public void aliases(String field, List<String> aliases, String... names) {
        if (aliases == null) {
            return;
        }
        Set<String> all = new HashSet<>(aliases);
        all.addAll(Arrays.asList(names));
        all.remove(null);
        if (all.size() > MAX_ALIASES) {
            problem(field, "must name it at most " + MAX_ALIASES + " ways in all, its own names included, not " + all.size());
            return;
        }
        for (int i = 0; i < aliases.size(); i++) {
            if (required(field + "/" + i, aliases.get(i)) && aliases.get(i).length() > MAX_ALIAS) {
                problem(field + "/" + i, "must be at most " + MAX_ALIAS + " characters");
            }
        }
    }

    /** A null where an object belongs is a problem; returns whether the value can be looked into. */
    public boolean object(String field, Object value) {
        if (value == null) {
            problem(field, "must be an object, not null");
            return false;
        }
        return true;
    }

    /**
     * An id that must be defined in the bundle's section or already stored.
     *
     * @param section the bundle section defining such ids: "countries", "people"...
     * @param what    how the problem names it: "country code", "person (speaker or actor)"
     */
    public boolean reference(String field, String section, String id, String what) {
        if (!required(field, id)) {
            return false;
        }
        if (run.known.test(section, id)) {
            return true;
        }
        problem(field, "unknown " + what + " '" + id + "': define it in this bundle or store it first");
        return false;
    }

    public boolean country(String field, String code) {
        return reference(field, FactBundle.COUNTRIES, code, "country code");
    }

    /** At least one span, each found verbatim in the document; they become this fact's evidence. */
    public void evidence(List<EvidenceEntry> evidence) {
        if (evidence == null || evidence.isEmpty()) {
            problem("evidence", "at least one evidence span is required");
            return;
        }
        if (evidence.size() > MAX_EVIDENCE) {
            problem("evidence", "must cite at most " + MAX_EVIDENCE + " spans, not " + evidence.size());
            return;
        }
        Set<String> cited = new HashSet<>();
        for (int i = 0; i < evidence.size(); i++) {
            EvidenceEntry e = evidence.get(i);
            if (object("evidence/" + i, e) && required("evidence/" + i + "/exact", e.exact())) {
                // The first occurrence is occurrence 1, whether it is named or not.
                if (!cited.add((e.occurrence() == null ? 1 : e.occurrence()) + ":" + e.exact())) {
                    problem("evidence/" + i, "cites the same words as an earlier span");
                    continue;
                }
                locate("evidence/" + i + "/exact", e.exact(), e.occurrence());
            }
        }
    }

    /** Finds words in the document as evidence of this fact; a problem at {@code field} when they are not there. */
    public void locate(String field, String exact, Integer occurrence) {
        try {
            run.spans.computeIfAbsent(at, k -> new ArrayList<>()).add(run.locator.locate(exact, occurrence));
        } catch (SpanNotFoundException e) {
            problem(field, e.getMessage());
        }
    }
}

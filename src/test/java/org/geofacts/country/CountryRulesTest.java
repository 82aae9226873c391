package org.geofacts.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.geofacts.bundle.BundleProblem;
import org.geofacts.bundle.EntryCheck;
import org.geofacts.bundle.FactBundle.CountryEntry;
import org.junit.jupiter.api.Test;

/** A country's own rules, without a database. */
class CountryRulesTest {

    private static List<BundleProblem> problemsOf(CountryEntry entry) {
        EntryCheck check = EntryCheck.standalone("", (section, id) -> false);
        CountryKind.rules(entry, check);
        return check.problems();
    }

    @Test
    void aValidCountryHasNoProblem() {
        assertThat(problemsOf(new CountryEntry("MN", "MNG", "Q711", "Mongolia", "Mongolia", List.of("Ulan Bator")))).isEmpty();
    }

    @Test
    void codesMustBeUpperCaseIsoAndNamesPresentAndShort() {
        assertThat(problemsOf(new CountryEntry("mn", "MONG", "711", "x".repeat(301), " ", List.of(""))))
                .extracting(BundleProblem::pointer)
                .containsExactly("/code", "/alpha3", "/wikidata", "/name_en", "/name_id", "/aliases/0");
    }

    @Test
    void aCountryGoesByAtMostTwoHundredNamesCountingItsOwn() {
        List<String> aliases = IntStream.rangeClosed(1, 198).mapToObj(i -> "Name " + i).toList();
        assertThat(problemsOf(new CountryEntry("MN", "MNG", "Q711", "Mongolia", "Mongolia", aliases)))
                .as("199 names in all").isEmpty();
        assertThat(problemsOf(new CountryEntry("MN", "MNG", "Q711", "Mongolia", "Mongol Uls", aliases)))
                .as("200 names in all").isEmpty();
        assertThat(problemsOf(new CountryEntry("MN", "MNG", "Q711", "Mongolia", "Mongol Uls", Stream.concat(aliases.stream(), Stream.of("Name 199")).toList())))
                .extracting(BundleProblem::pointer, BundleProblem::message)
                .containsExactly(tuple("/aliases", "must name it at most 200 ways in all, its own names included, not 201"));
    }
}

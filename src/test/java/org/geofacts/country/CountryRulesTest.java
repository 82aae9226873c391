package org.geofacts.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
}

package org.geofacts.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.geofacts.bundle.BundleProblem;
import org.geofacts.bundle.EntryCheck;
import org.geofacts.bundle.FactBundle.OrganizationEntry;
import org.junit.jupiter.api.Test;

/** An organization's own rules, without a database. */
class OrganizationRulesTest {

    private static List<BundleProblem> problemsOf(OrganizationEntry entry) {
        EntryCheck check = EntryCheck.standalone("", (section, id) -> false);
        OrganizationKind.rules(entry, check);
        return check.problems();
    }

    @Test
    void aValidOrganizationHasNoProblem() {
        assertThat(problemsOf(new OrganizationEntry("kcna", "Korean Central News Agency", "KCNA", "news_agency", "Q494138", null))).isEmpty();
    }

    @Test
    void aKindOutsideTheVocabularyIsNamedWithTheAllowedOnes() {
        List<BundleProblem> problems = problemsOf(new OrganizationEntry("kcna", "KCNA", null, "newspaper", null, null));
        assertThat(problems).extracting(BundleProblem::pointer).containsExactly("/kind");
        assertThat(problems.get(0).message()).contains("'newspaper'", "news_agency");
    }
}

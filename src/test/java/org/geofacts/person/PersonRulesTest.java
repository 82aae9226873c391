package org.geofacts.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.geofacts.bundle.BundleProblem;
import org.geofacts.bundle.EntryCheck;
import org.geofacts.bundle.FactBundle.PersonEntry;
import org.junit.jupiter.api.Test;

/** A person's own rules, without a database. */
class PersonRulesTest {

    private static List<BundleProblem> problemsOf(PersonEntry entry) {
        EntryCheck check = EntryCheck.standalone("", (section, id) -> section.equals("countries") && id.equals("RU"));
        PersonKind.rules(entry, check);
        return check.problems();
    }

    @Test
    void aValidPersonHasNoProblem() {
        assertThat(problemsOf(new PersonEntry("sergei-lavrov", "Sergei Lavrov", "Menlu Rusia", "RU", "Q23020", List.of("Lavrov")))).isEmpty();
    }

    @Test
    void anIdThatIsNoKebabCaseAndAnUnknownCountryAreNamed() {
        assertThat(problemsOf(new PersonEntry("Sergei Lavrov", "Sergei Lavrov", null, "XX", null, null)))
                .extracting(BundleProblem::pointer).containsExactly("/id", "/country");
    }
}

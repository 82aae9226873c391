package org.geofacts.relation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.geofacts.bundle.BundleProblem;
import org.geofacts.bundle.EntryCheck;
import org.geofacts.bundle.FactBundle.EvidenceEntry;
import org.geofacts.bundle.FactBundle.RelationEntry;
import org.junit.jupiter.api.Test;

/** A relation's own rules, without a database. */
class RelationRulesTest {

    private static final String TEXT = "Korea Utara memasok amunisi kepada Rusia sejak 2023.";

    private static List<BundleProblem> problemsOf(String source, String target, String since) {
        EntryCheck check = EntryCheck.standalone(TEXT, (section, id) -> section.equals("countries") && List.of("RU", "KP").contains(id));
        RelationKind.rules(new RelationEntry("rel-kp-ru-arms", source, target, "arms_supply", since,
                List.of(new EvidenceEntry("memasok amunisi kepada Rusia", null))), check);
        return check.problems();
    }

    @Test
    void aValidRelationHasNoProblem() {
        assertThat(problemsOf("KP", "RU", "2023")).isEmpty();
    }

    @Test
    void aRelationLinksTwoDifferentKnownCountries() {
        assertThat(problemsOf("KP", "KP", null)).extracting(BundleProblem::pointer).containsExactly("/target");
        assertThat(problemsOf("KP", "JP", "2023-02-30")).extracting(BundleProblem::pointer).containsExactly("/target", "/since");
    }
}

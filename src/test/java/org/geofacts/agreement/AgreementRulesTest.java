package org.geofacts.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.geofacts.bundle.BundleProblem;
import org.geofacts.bundle.EntryCheck;
import org.geofacts.bundle.FactBundle.AgreementEntry;
import org.geofacts.bundle.FactBundle.ClauseEntry;
import org.geofacts.bundle.FactBundle.EvidenceEntry;
import org.junit.jupiter.api.Test;

/** An agreement's own rules, clauses included, without a database. */
class AgreementRulesTest {

    private static final String TEXT = "Rusia dan Korea Utara menandatangani perjanjian kemitraan strategis komprehensif. "
            + "Pasal 4 mewajibkan bantuan militer segera jika salah satu pihak diserang.";

    private static List<EvidenceEntry> evidence(String words) {
        return List.of(new EvidenceEntry(words, null));
    }

    private static AgreementEntry agreement(List<String> parties, String signed, ClauseEntry... clauses) {
        return new AgreementEntry("ru-kp-pact", "Comprehensive strategic partnership", null, "treaty", parties, signed, null, "signed",
                evidence("perjanjian kemitraan strategis komprehensif"), Arrays.asList(clauses));
    }

    private static List<BundleProblem> problemsOf(AgreementEntry entry) {
        EntryCheck check = EntryCheck.standalone(TEXT, (section, id) -> section.equals("countries") && List.of("RU", "KP").contains(id));
        AgreementKind.rules(entry, check);
        return check.problems();
    }

    @Test
    void aValidAgreementWithAClauseHasNoProblem() {
        assertThat(problemsOf(agreement(List.of("RU", "KP"), "2024-06",
                new ClauseEntry(4, "mutual_defense", "Immediate military assistance", evidence("bantuan militer segera"))))).isEmpty();
    }

    @Test
    void onePartyARepeatedPartyAndAnImpossibleDateAreRefused() {
        assertThat(problemsOf(agreement(List.of("RU"), "2024-13"))).extracting(BundleProblem::pointer)
                .containsExactly("/signed", "/parties");
        assertThat(problemsOf(agreement(List.of("RU", "RU"), null))).extracting(BundleProblem::pointer)
                .containsExactly("/parties/1");
    }

    @Test
    void clauseProblemsPointIntoTheClause() {
        List<BundleProblem> problems = problemsOf(agreement(List.of("RU", "KP"), null,
                new ClauseEntry(1, "mutual_defense", "a", evidence("bantuan militer segera")),
                new ClauseEntry(1, "alliance_forever", "b", evidence("tidak ada di teks")),
                null));
        assertThat(problems).extracting(BundleProblem::pointer)
                .containsExactly("/clauses/1/ordinal", "/clauses/1/type", "/clauses/1/evidence/0/exact", "/clauses/2");
    }
}

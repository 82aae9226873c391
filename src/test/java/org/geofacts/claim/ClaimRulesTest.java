package org.geofacts.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.IntStream;

import org.geofacts.bundle.BundleProblem;
import org.geofacts.bundle.EntryCheck;
import org.geofacts.bundle.FactBundle.ActorRef;
import org.geofacts.bundle.FactBundle.ClaimEntry;
import org.geofacts.bundle.FactBundle.EvidenceEntry;
import org.junit.jupiter.api.Test;

/** A claim's own rules, without a database: actors name exactly one known thing, evidence is in the text. */
class ClaimRulesTest {

    private static final String TEXT = "Amerika Serikat menuduh Korea Utara memasok amunisi ke Rusia.";

    private static EntryCheck check() {
        return EntryCheck.standalone(TEXT, (section, id) -> section.equals("countries") && List.of("US", "KP", "RU").contains(id));
    }

    private static ClaimEntry claim(List<ActorRef> claimants, String evidence) {
        return new ClaimEntry("claim-us-kp-ammunition", claimants, List.of(new ActorRef("KP", null, null)), "Korea Utara memasok amunisi",
                "North Korea supplies ammunition", "arms_transfer", "alleged", null, List.of(new EvidenceEntry(evidence, null)));
    }

    @Test
    void aValidClaimHasNoProblemAndItsEvidenceLocated() {
        EntryCheck check = check();
        ClaimKind.rules(claim(List.of(new ActorRef("US", null, null)), "menuduh Korea Utara memasok amunisi"), check);
        assertThat(check.problems()).isEmpty();
        assertThat(check.spansAt("")).singleElement().satisfies(span -> assertThat(span.start()).isEqualTo(TEXT.indexOf("menuduh")));
    }

    @Test
    void anActorNamingTwoThingsOrNothingKnownIsRefused() {
        EntryCheck check = check();
        ClaimKind.rules(claim(List.of(new ActorRef("US", "joe-biden", null), new ActorRef("XX", null, null)), "menuduh"), check);
        assertThat(check.problems()).extracting(BundleProblem::pointer).containsExactly("/claimants/0", "/claimants/1/country");
    }

    @Test
    void aClaimWithoutClaimantsOrWithEvidenceNotInTheTextIsRefused() {
        EntryCheck check = check();
        ClaimKind.rules(claim(List.of(), "menyerang Jepang"), check);
        assertThat(check.problems()).extracting(BundleProblem::pointer).containsExactly("/claimants", "/evidence/0/exact");
    }

    @Test
    void anActorNamedTwiceInOneRoleOrTheSameWordsCitedTwiceAreRefused() {
        EntryCheck check = check();
        ClaimEntry twice = new ClaimEntry("claim-us-kp-ammunition", List.of(new ActorRef("US", null, null), new ActorRef("US", null, null)),
                List.of(new ActorRef("KP", null, null)), "Korea Utara memasok amunisi", null, "arms_transfer", "alleged", null,
                List.of(new EvidenceEntry("menuduh", null), new EvidenceEntry("menuduh", 1)));
        ClaimKind.rules(twice, check);
        assertThat(check.problems()).extracting(BundleProblem::pointer, BundleProblem::message).containsExactly(
                tuple("/claimants/1", "names the same actor as an earlier entry"),
                tuple("/evidence/1", "cites the same words as an earlier span"));
    }

    @Test
    void aClaimNamesAtMostFiftyActorsPerRoleAndCitesAtMostFiftySpans() {
        List<ActorRef> many = IntStream.range(0, 51).mapToObj(i -> new ActorRef(null, "person-" + i, null)).toList();
        List<EvidenceEntry> spans = IntStream.range(0, 51).mapToObj(i -> new EvidenceEntry("menuduh", i + 1)).toList();
        EntryCheck check = check();
        ClaimKind.rules(new ClaimEntry("claim-us-kp-ammunition", many, many, "Korea Utara memasok amunisi", null, "arms_transfer",
                "alleged", null, spans), check);
        assertThat(check.problems()).extracting(BundleProblem::pointer, BundleProblem::message).containsExactly(
                tuple("/claimants", "must name at most 50 actors, not 51"),
                tuple("/subjects", "must name at most 50 actors, not 51"),
                tuple("/evidence", "must cite at most 50 spans, not 51"));
    }
}

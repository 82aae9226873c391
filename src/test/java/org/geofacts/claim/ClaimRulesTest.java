package org.geofacts.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

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
}

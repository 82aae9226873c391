package org.geofacts.quote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.geofacts.bundle.BundleProblem;
import org.geofacts.bundle.EntryCheck;
import org.geofacts.bundle.FactBundle.QuoteEntry;
import org.junit.jupiter.api.Test;

/** A quote's own rules, without a database: its words are its evidence. */
class QuoteRulesTest {

    private static final String TEXT = "\"Kami tidak akan tinggal diam,\" kata Putin. Lalu Putin berkata lagi: \"Kami tidak akan tinggal diam.\"";

    private static EntryCheck check() {
        return EntryCheck.standalone(TEXT, (section, id) -> section.equals("people") && id.equals("vladimir-putin")
                || section.equals("organizations") && id.equals("tass"));
    }

    private static QuoteEntry quote(String speaker, String text, Integer occurrence, String kind) {
        return new QuoteEntry("quote-x", speaker, null, text, occurrence, "We will not stand idle", kind, null, null);
    }

    @Test
    void aValidQuoteLocatesItsWordsAsEvidence() {
        EntryCheck check = check();
        QuoteKind.rules(quote("vladimir-putin", "Kami tidak akan tinggal diam", 2, "direct"), check);
        assertThat(check.problems()).isEmpty();
        assertThat(check.spansAt("")).singleElement().satisfies(span -> {
            assertThat(span.exact()).isEqualTo("Kami tidak akan tinggal diam");
            assertThat(span.start()).isEqualTo(TEXT.lastIndexOf("Kami"));
        });
    }

    @Test
    void aQuoteHasExactlyOneSpeakerAPersonOrAnOrganization() {
        EntryCheck both = check();
        QuoteKind.rules(new QuoteEntry("quote-x", "vladimir-putin", "tass", "berkata lagi", null, null, "partial", null, null), both);
        assertThat(both.problems()).extracting(BundleProblem::pointer).containsExactly("/speaker");
        EntryCheck neither = check();
        QuoteKind.rules(new QuoteEntry("quote-x", null, null, "berkata lagi", null, null, "partial", null, null), neither);
        assertThat(neither.problems()).extracting(BundleProblem::pointer).containsExactly("/speaker");
        EntryCheck organization = check();
        QuoteKind.rules(new QuoteEntry("quote-x", null, "tass", "berkata lagi", null, null, "partial", null, null), organization);
        assertThat(organization.problems()).isEmpty();
        EntryCheck unknown = check();
        QuoteKind.rules(new QuoteEntry("quote-x", null, "kcna", "berkata lagi", null, null, "partial", null, null), unknown);
        assertThat(unknown.problems()).extracting(BundleProblem::pointer).containsExactly("/speaker_organization");
    }

    @Test
    void theTranslationMayWaitForACurator() {
        EntryCheck check = check();
        QuoteKind.rules(new QuoteEntry("quote-x", "vladimir-putin", null, "berkata lagi", null, null, "partial", null, null), check);
        assertThat(check.problems()).isEmpty();
    }

    @Test
    void wordsThatOccurTwiceNeedAnOccurrence() {
        EntryCheck check = check();
        QuoteKind.rules(quote("vladimir-putin", "Kami tidak akan tinggal diam", null, "direct"), check);
        assertThat(check.problems()).extracting(BundleProblem::pointer).containsExactly("/text");
    }

    @Test
    void anUnknownSpeakerAChannelThatIsNoOrganizationAndAnUnknownKindAreEachNamed() {
        EntryCheck check = check();
        QuoteKind.rules(new QuoteEntry("Quote X", "donald-trump", null, "berkata lagi", null, " ", "rumour", "vladimir-putin", null), check);
        assertThat(check.problems()).extracting(BundleProblem::pointer)
                .containsExactlyInAnyOrder("/id", "/speaker", "/text_en", "/kind", "/channel");
        assertThat(check.problems()).filteredOn(p -> p.pointer().equals("/kind")).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("'rumour'", "direct", "partial"));
        assertThat(Set.copyOf(check.problems().stream().map(BundleProblem::message).toList()))
                .anyMatch(m -> m.startsWith("unknown person (speaker or actor) 'donald-trump'"));
    }
}

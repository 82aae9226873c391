package org.geofacts.caching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which cached reads a write forgets, by the kinds it changed. */
class InvalidationTest {

    @Test
    void aQuoteWriteReachesQuotesSearchAndTheFeedOnly() {
        assertThat(Invalidation.readsChangedBy(List.of("quote"))).containsExactlyInAnyOrder("quotes", "search", "changes");
    }

    @Test
    void aPersonsNameIsShownByQuotesAndClaims() {
        assertThat(Invalidation.readsChangedBy(List.of("person"))).contains("people", "quotes", "claims", "search", "changes")
                .doesNotContain("countries", "agreements", "relations");
    }

    @Test
    void kindsAddUp() {
        assertThat(Invalidation.readsChangedBy(List.of("claim", "relation"))).containsExactlyInAnyOrder("claims", "search", "changes",
                "relations");
    }

    @Test
    void countriesDocumentsUnknownKindsAndNoKindsMeanEverything() {
        assertThat(Invalidation.readsChangedBy(List.of("quote", "country"))).isNull();
        assertThat(Invalidation.readsChangedBy(List.of("document"))).isNull();
        assertThat(Invalidation.readsChangedBy(List.of("something-new"))).isNull();
        assertThat(Invalidation.readsChangedBy(List.of())).isNull();
        assertThat(Invalidation.readsChangedBy(null)).isNull();
    }

    @Test
    void aNotificationNamesItsKindsAndAReadIsNamedByItsFirstSegment() {
        assertThat(Invalidation.kindsIn("claim,quote")).containsExactly("claim", "quote");
        assertThat(Invalidation.kindsIn("")).isEmpty();
        assertThat(Invalidation.kindsIn(null)).isEmpty();
        assertThat(Invalidation.segmentOf("/quotes?speaker=Putin\napplication/json")).isEqualTo("quotes");
        assertThat(Invalidation.segmentOf("/agreements/treaty/clauses\n")).isEqualTo("agreements");
        assertThat(Invalidation.segmentOf("/search\n")).isEqualTo("search");
    }
}

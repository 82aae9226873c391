package org.geofacts.web;

import static org.geofacts.support.Writes.curator;
import static org.geofacts.support.Writes.feedEnd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A bundle with a great many problems gets a bounded answer that still counts them all. */
@QuarkusTest
class ProblemLimitsTest extends ApiTest {

    @Test
    void aBundleOfThousandsOfEmptyEntriesListsTheFirstHundredProblemsAndCountsAll() {
        String feed = feedEnd();
        Map<String, Object> bundle = Map.of("document", Map.of("id", "ru-kp-treaty-2024"),
                "quotes", Collections.nCopies(2_000, Map.of()));
        curator().body(bundle).post("/imports").then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors", hasSize(Problem.MAX_LISTED))
                .body("error_count", greaterThanOrEqualTo(2_000 * 4))
                .body("errors.field", hasItem("/quotes/0/id"));
        assertThat(feedEnd()).as("nothing written").isEqualTo(feed);
    }

    @Test
    void aFewProblemsAreListedWithoutACount() {
        curator().body(Map.of("document", Map.of("id", "ru-kp-treaty-2024"), "quotes", List.of(Map.of())))
                .post("/imports").then().statusCode(422)
                .body("errors.size()", greaterThanOrEqualTo(3))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("error_count")));
    }
}

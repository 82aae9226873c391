package org.geofacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Quality floors on the annotated articles under {@code src/test/resources/extraction}, so that
 * quality cannot fall silently: each report is printed with every mistake. The rules were written
 * against {@code devset} to {@code devset5} (the last four first measured blind, as held-out
 * sets); {@code heldout} was looked at once after its first run;
 * {@code heldout6} was written blind and measured once, never tuned against. A speaker counts as
 * right only under its full name (or an alias the store knows): a surname alone, or a role word
 * caught in the name, would propose a second person. Floors sit at what was measured (see bench/README.md,
 * "Extraction"), so a change that loses quality fails here.
 */
class ExtractionQualityTest {

    /** The least a set must show: quotes annotated, recall, precision, attribution accuracy, wrong speakers at most, claim precision. */
    record Floors(int gold, double recall, double precision, double accuracy, int wrongSpeakers, double claimPrecision) {
    }

    /**
     * Each set with its floors. {@code heldout6} was written blind and measured once with the rules
     * as they are now, never tuned against: its floors are that measurement, and the 0.90
     * attribution target (and the 0.80 claim-precision one) is not met on text like it.
     */
    static Stream<Arguments> sets() {
        return Stream.of(
                Arguments.of("devset", "dev set (16 articles, id and en)", new Floors(80, 0.95, 0.95, 0.95, 0, 0.80)),
                Arguments.of("devset2", "dev set 2 (12 articles; blind first run: accuracy 0.596, 16 wrong speakers)",
                        new Floors(100, 0.95, 0.95, 0.72, 1, 0.80)),
                Arguments.of("devset3", "dev set 3 (12 articles; blind first run: accuracy 0.638, 9 wrong speakers)",
                        new Floors(90, 0.91, 0.95, 0.75, 1, 0.85)),
                Arguments.of("devset4", "dev set 4 (12 articles; blind first run: accuracy 0.568, 7 wrong speakers)",
                        new Floors(90, 0.95, 0.95, 0.70, 3, 0.75)),
                Arguments.of("devset5", "dev set 5 (12 articles; blind first run: accuracy 0.731, 8 wrong speakers)",
                        new Floors(90, 0.95, 0.95, 0.84, 1, 0.95)),
                Arguments.of("heldout", "held-out set 1 (10 articles; its mistakes were read once)", new Floors(50, 0.95, 0.95, 0.82, 0, 0.80)),
                Arguments.of("heldout6", "held-out set 6 (12 articles; never tuned against)", new Floors(90, 0.95, 0.95, 0.65, 15, 0.73)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sets")
    void meetsItsFloors(String set, String title, Floors floors) {
        QualityReport report = QualityReport.of(set);
        System.out.println(report.table(title));
        assertThat(report.all.gold).as("quotes annotated").isGreaterThanOrEqualTo(floors.gold());
        assertThat(report.all.recall()).as("quote recall").isGreaterThanOrEqualTo(floors.recall());
        assertThat(report.quotePrecision()).as("quote precision").isGreaterThanOrEqualTo(floors.precision());
        assertThat(report.all.accuracy()).as("attribution accuracy").isGreaterThanOrEqualTo(floors.accuracy());
        assertThat(report.all.incorrect).as("quotes given a wrong speaker").isLessThanOrEqualTo(floors.wrongSpeakers());
        assertThat(report.claimPrecision()).as("claim precision").isGreaterThanOrEqualTo(floors.claimPrecision());
    }
}

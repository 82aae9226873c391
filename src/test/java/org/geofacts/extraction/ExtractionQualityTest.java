package org.geofacts.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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

    @Test
    void devSetMeetsItsFloors() {
        QualityReport report = QualityReport.of("devset");
        System.out.println(report.table("dev set (16 articles, id and en)"));
        assertThat(report.all.gold).isGreaterThanOrEqualTo(80);
        assertThat(report.all.recall()).as("quote recall").isGreaterThanOrEqualTo(0.95);
        assertThat(report.quotePrecision()).as("quote precision").isGreaterThanOrEqualTo(0.95);
        assertThat(report.all.accuracy()).as("attribution accuracy").isGreaterThanOrEqualTo(0.95);
        assertThat(report.all.incorrect).as("quotes given a wrong speaker").isZero();
        assertThat(report.claimPrecision()).as("claim precision").isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void secondDevSetMeetsItsFloors() {
        QualityReport report = QualityReport.of("devset2");
        System.out.println(report.table("dev set 2 (12 articles, id and en; blind first run: accuracy 0.596, 16 wrong speakers)"));
        assertThat(report.all.gold).isGreaterThanOrEqualTo(100);
        assertThat(report.all.recall()).as("quote recall").isGreaterThanOrEqualTo(0.95);
        assertThat(report.quotePrecision()).as("quote precision").isGreaterThanOrEqualTo(0.95);
        assertThat(report.all.accuracy()).as("attribution accuracy").isGreaterThanOrEqualTo(0.72);
        assertThat(report.all.incorrect).as("quotes given a wrong speaker").isLessThanOrEqualTo(1);
        assertThat(report.claimPrecision()).as("claim precision").isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void firstHeldOutSetMeetsItsFloors() {
        QualityReport report = QualityReport.of("heldout");
        System.out.println(report.table("held-out set 1 (10 articles, id and en; its mistakes were read once)"));
        assertThat(report.all.recall()).as("quote recall").isGreaterThanOrEqualTo(0.95);
        assertThat(report.quotePrecision()).as("quote precision").isGreaterThanOrEqualTo(0.95);
        assertThat(report.all.accuracy()).as("attribution accuracy (target 0.90, not met)").isGreaterThanOrEqualTo(0.82);
        assertThat(report.all.incorrect).as("quotes given a wrong speaker").isZero();
        assertThat(report.claimPrecision()).as("claim precision").isGreaterThanOrEqualTo(0.80);
    }

    @Test
    void thirdDevSetMeetsItsFloors() {
        QualityReport report = QualityReport.of("devset3");
        System.out.println(report.table("dev set 3 (12 articles, id and en; blind first run: accuracy 0.638, 9 wrong speakers)"));
        assertThat(report.all.gold).isGreaterThanOrEqualTo(90);
        assertThat(report.all.recall()).as("quote recall").isGreaterThanOrEqualTo(0.91);
        assertThat(report.quotePrecision()).as("quote precision").isGreaterThanOrEqualTo(0.95);
        assertThat(report.all.accuracy()).as("attribution accuracy").isGreaterThanOrEqualTo(0.75);
        assertThat(report.all.incorrect).as("quotes given a wrong speaker").isLessThanOrEqualTo(1);
        assertThat(report.claimPrecision()).as("claim precision").isGreaterThanOrEqualTo(0.85);
    }

    @Test
    void fourthDevSetMeetsItsFloors() {
        QualityReport report = QualityReport.of("devset4");
        System.out.println(report.table("dev set 4 (12 articles, id and en; blind first run: accuracy 0.568, 7 wrong speakers)"));
        assertThat(report.all.gold).isGreaterThanOrEqualTo(90);
        assertThat(report.all.recall()).as("quote recall").isGreaterThanOrEqualTo(0.95);
        assertThat(report.quotePrecision()).as("quote precision").isGreaterThanOrEqualTo(0.95);
        assertThat(report.all.accuracy()).as("attribution accuracy").isGreaterThanOrEqualTo(0.70);
        assertThat(report.all.incorrect).as("quotes given a wrong speaker").isLessThanOrEqualTo(3);
        assertThat(report.claimPrecision()).as("claim precision").isGreaterThanOrEqualTo(0.75);
    }

    @Test
    void fifthDevSetMeetsItsFloors() {
        QualityReport report = QualityReport.of("devset5");
        System.out.println(report.table("dev set 5 (12 articles, id and en; blind first run: accuracy 0.731, 8 wrong speakers)"));
        assertThat(report.all.gold).isGreaterThanOrEqualTo(90);
        assertThat(report.all.recall()).as("quote recall").isGreaterThanOrEqualTo(0.95);
        assertThat(report.quotePrecision()).as("quote precision").isGreaterThanOrEqualTo(0.95);
        assertThat(report.all.accuracy()).as("attribution accuracy").isGreaterThanOrEqualTo(0.84);
        assertThat(report.all.incorrect).as("quotes given a wrong speaker").isLessThanOrEqualTo(1);
        assertThat(report.claimPrecision()).as("claim precision").isGreaterThanOrEqualTo(0.95);
    }

    /**
     * Written blind and measured once, with the rules as they are now; never tuned against. Its
     * floors are that measurement: the 0.90 attribution target is not met on text like this.
     */
    @Test
    void sixthHeldOutSetMeetsItsFloors() {
        QualityReport report = QualityReport.of("heldout6");
        System.out.println(report.table("held-out set 6 (12 articles, id and en; never tuned against)"));
        assertThat(report.all.gold).isGreaterThanOrEqualTo(90);
        assertThat(report.all.recall()).as("quote recall (target 0.95)").isGreaterThanOrEqualTo(0.95);
        assertThat(report.quotePrecision()).as("quote precision (target 0.95)").isGreaterThanOrEqualTo(0.95);
        assertThat(report.all.accuracy()).as("attribution accuracy (target 0.90, not met)").isGreaterThanOrEqualTo(0.65);
        assertThat(report.all.incorrect).as("quotes given a wrong speaker").isLessThanOrEqualTo(15);
        assertThat(report.claimPrecision()).as("claim precision (target 0.80, not met)").isGreaterThanOrEqualTo(0.73);
    }
}

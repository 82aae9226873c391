package org.geofacts.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PartialDateTest {

    @Test
    void aMonthKeepsItsPrecisionAndSpansTheWholeMonth() {
        PartialDate june = PartialDate.parse("2024-06");
        assertThat(june.precision()).isEqualTo(PartialDate.Precision.month);
        assertThat(june.value()).isEqualTo("2024-06");
        assertThat(june.earliest()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(june.latest()).isEqualTo(LocalDate.of(2024, 6, 30));
    }

    @Test
    void aYearSpansTheWholeYear() {
        PartialDate year = PartialDate.parse("2024");
        assertThat(year.precision()).isEqualTo(PartialDate.Precision.year);
        assertThat(year.latest()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void rejectsImpossibleDaysAndOtherFormats() {
        assertThatThrownBy(() -> PartialDate.parse("2024-02-30")).hasMessageContaining("not a calendar date");
        assertThatThrownBy(() -> PartialDate.parse("2024-13")).hasMessageContaining("not a calendar date");
        assertThatThrownBy(() -> PartialDate.parse("June 2024")).hasMessageContaining("expected YYYY");
    }
}

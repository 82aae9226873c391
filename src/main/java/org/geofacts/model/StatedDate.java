package org.geofacts.model;

import java.time.LocalDate;

import jakarta.persistence.Embeddable;

/**
 * The stored form of a {@link PartialDate}: the value as the source wrote it, and the interval it
 * stands for, which range filters compare against. Entities embed it with their own column names.
 */
@Embeddable
public class StatedDate {

    public String value;

    public LocalDate earliest;

    public LocalDate latest;

    /** @return null for null, so an absent date leaves all three columns null */
    public static StatedDate of(String written) {
        PartialDate date = PartialDate.parseOrNull(written);
        if (date == null) {
            return null;
        }
        StatedDate stated = new StatedDate();
        stated.value = date.value();
        stated.earliest = date.earliest();
        stated.latest = date.latest();
        return stated;
    }

    /** The value as written, null-safe for an absent date. */
    public static String valueOf(StatedDate date) {
        return date == null ? null : date.value;
    }

    public static PartialDate parsed(StatedDate date) {
        return date == null ? null : PartialDate.parse(date.value);
    }
}

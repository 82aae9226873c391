package org.geofacts.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A date known only as precisely as its source states it: a year, a month or a day.
 * The value is kept as written and never padded to a made-up day; {@link #earliest()} and
 * {@link #latest()} give the interval it stands for, which range filters compare against.
 */
@Schema(name = "PartialDate", description = "A date with its precision. `value` is YYYY, YYYY-MM or YYYY-MM-DD, never padded.")
public record PartialDate(
        @Schema(example = "2024-06", required = true) String value,
        @Schema(required = true) Precision precision) {

    public enum Precision { year, month, day }

    private static final Pattern FORMAT = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

    /** Parses YYYY, YYYY-MM or YYYY-MM-DD; rejects anything else, including impossible days. */
    public static PartialDate parse(String value) {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("expected YYYY, YYYY-MM or YYYY-MM-DD but got '" + value + "'");
        }
        try {
            switch (value.length()) {
                case 4 -> { return new PartialDate(value, Precision.year); }
                case 7 -> { YearMonth.parse(value); return new PartialDate(value, Precision.month); }
                default -> { LocalDate.parse(value); return new PartialDate(value, Precision.day); }
            }
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("'" + value + "' is not a calendar date");
        }
    }

    public static PartialDate parseOrNull(String value) {
        return value == null ? null : parse(value);
    }

    public LocalDate earliest() {
        return switch (precision) {
            case year -> LocalDate.of(Integer.parseInt(value), 1, 1);
            case month -> YearMonth.parse(value).atDay(1);
            case day -> LocalDate.parse(value);
        };
    }

    public LocalDate latest() {
        return switch (precision) {
            case year -> LocalDate.of(Integer.parseInt(value), 12, 31);
            case month -> YearMonth.parse(value).atEndOfMonth();
            case day -> LocalDate.parse(value);
        };
    }
}

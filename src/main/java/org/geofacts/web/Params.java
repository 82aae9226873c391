package org.geofacts.web;

import java.util.Set;
import org.geofacts.model.PartialDate;

/**
 * Validates raw query-parameter values. Parameters arrive as strings so that a malformed value
 * becomes a 400 naming the parameter rather than the framework's generic conversion error.
 */
public final class Params {

    public static final int MAX_TEXT = 200;

    private Params() {
    }

    /** A free-text value: trimmed, null when absent or blank, at most {@value #MAX_TEXT} characters, no NUL. */
    public static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw ProblemException.invalidParameter(name, "must be at most " + MAX_TEXT + " characters");
        }
        if (value.indexOf('\0') >= 0) {
            throw ProblemException.invalidParameter(name, "must not contain NUL characters");
        }
        return value.trim();
    }

    /** A value from a closed vocabulary. */
    public static String oneOf(String name, String value, Set<String> allowed) {
        String given = text(name, value);
        if (given != null && !allowed.contains(given)) {
            throw ProblemException.invalidParameter(name, "must be one of " + allowed.stream().sorted().toList());
        }
        return given;
    }

    /** A date written YYYY, YYYY-MM or YYYY-MM-DD. */
    public static PartialDate date(String name, String value) {
        String given = text(name, value);
        try {
            return PartialDate.parseOrNull(given);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter(name, e.getMessage());
        }
    }

    /** A yes/no switch: absent means false; only {@code true} and {@code false} are understood. */
    public static boolean flag(String name, String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ProblemException.invalidParameter(name, "must be true or false");
    }
}

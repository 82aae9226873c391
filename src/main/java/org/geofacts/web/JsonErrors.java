package org.geofacts.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Describes a JSON parsing or binding error for a client: where and what, never which Java class. */
public final class JsonErrors {

    /** How Jackson's duplicate detection (StrictJson) words it; it has no exception type of its own. */
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '(.*)'", Pattern.DOTALL);

    private JsonErrors() {
    }

    public static String describe(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown property '" + unknown.getPropertyName() + "'" + at(unknown);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return "invalid value" + at(mapping);
        }
        String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
        Matcher duplicate = DUPLICATE.matcher(String.valueOf(e.getOriginalMessage()));
        if (duplicate.matches()) {
            return "member '" + duplicate.group(1) + "' is given twice in one object" + where;
        }
        return "the body is not valid JSON" + where;
    }

    /** The location as a JSON pointer, e.g. " at /quotes/0/kind". */
    private static String at(JsonMappingException e) {
        String pointer = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : Integer.toString(ref.getIndex()))
                .collect(Collectors.joining("/", "/", ""));
        return " at " + pointer;
    }
}

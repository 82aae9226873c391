package org.geofacts.search;

import org.geofacts.web.ProblemException;

/** The position of the last hit of a page in (rank desc, type, key) order; serialised into the cursor. */
public record SearchPosition(float rank, String type, String key) {

    public String encode() {
        return Float.toString(rank) + "|" + type + "|" + key;
    }

    public static SearchPosition decode(String raw) {
        String[] parts = raw.split("\\|", 3);
        try {
            if (parts.length == 3) {
                return new SearchPosition(Float.parseFloat(parts[0]), parts[1], parts[2]);
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw ProblemException.invalidParameter("cursor", "not a cursor issued for this search");
    }
}

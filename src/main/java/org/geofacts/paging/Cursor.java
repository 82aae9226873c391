package org.geofacts.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.geofacts.web.ProblemException;

/**
 * Opaque keyset cursors. A cursor carries the sort key of the last item of a page, so the next
 * page is a range scan that costs the same at any depth and stays stable while rows are added.
 * The version prefix lets the format change without misreading old cursors.
 */
public final class Cursor {

    private static final String PREFIX = "v1:";

    private Cursor() {
    }

    public static String encode(String key) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + key).getBytes(StandardCharsets.UTF_8));
    }

    /** Decodes a cursor made by {@link #encode}; anything else is a 400 naming the parameter. */
    public static String decode(String cursor) {
        return decode(cursor, "cursor");
    }

    /** As {@link #decode(String)}, for a cursor passed in a parameter with another name. */
    public static String decode(String cursor, String parameter) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith(PREFIX) && raw.length() > PREFIX.length() && raw.indexOf('\0') < 0) {
                return raw.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // fall through: not base64url
        }
        throw ProblemException.invalidParameter(parameter, "not a cursor issued by this service");
    }
}

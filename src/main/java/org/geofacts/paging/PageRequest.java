package org.geofacts.paging;

import org.geofacts.web.ProblemException;

/**
 * The paging part of a list request: how many items, and after which key.
 *
 * @param limit how many items to return (1 to {@value #MAX_LIMIT})
 * @param after the sort key of the last item already seen, or null for the first page
 */
public record PageRequest(int limit, String after) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    /** The first row only: how reads of one item by its key use a keyset query. */
    public static final PageRequest FIRST_ROW = new PageRequest(1, null);

    /** Parses the raw query parameters; out-of-range or malformed values are 400 problems. */
    public static PageRequest of(String limit, String cursor) {
        return of(limit, cursor, "cursor");
    }

    /** As {@link #of(String, String)}, with the cursor in a parameter of another name. */
    public static PageRequest of(String limit, String cursor, String cursorParameter) {
        int size = DEFAULT_LIMIT;
        if (limit != null) {
            try {
                size = Integer.parseInt(limit.trim());
            } catch (NumberFormatException e) {
                throw ProblemException.invalidParameter("limit", "must be an integer between 1 and " + MAX_LIMIT);
            }
            if (size < 1 || size > MAX_LIMIT) {
                throw ProblemException.invalidParameter("limit", "must be between 1 and " + MAX_LIMIT);
            }
        }
        String after = cursor == null || cursor.isEmpty() ? null : Cursor.decode(cursor, cursorParameter);
        return new PageRequest(size, after);
    }

    /** Repositories fetch one row more than the page holds to learn whether a next page exists. */
    public int fetchSize() {
        return limit + 1;
    }
}

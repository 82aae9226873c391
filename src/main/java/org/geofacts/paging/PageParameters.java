package org.geofacts.paging;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code limit} and {@code cursor} query parameters every keyset-paged list takes, documented once; a resource method
 * takes them as a {@code @BeanParam}. They stay raw strings until {@link #request()}, so each resource still decides when a
 * malformed one is reported relative to its other parameters.
 */
public class PageParameters {

    /** What a next_cursor looks like; any cursor of ours would do. */
    public static final String CURSOR_EXAMPLE = "djE6Y2xhaW0tdXMta3Itay1hcm1zLXRvLXJ1c3NpYQ";

    @Parameter(description = "Page size, 1 to 100.", example = "20")
    @QueryParam("limit")
    String limit;

    @Parameter(description = "The next_cursor of the previous page.", example = CURSOR_EXAMPLE)
    @QueryParam("cursor")
    String cursor;

    /** The page asked for; a malformed limit or cursor is a 400 naming it. */
    public PageRequest request() {
        return PageRequest.of(limit, cursor);
    }
}

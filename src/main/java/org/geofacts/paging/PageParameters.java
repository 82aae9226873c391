package org.geofacts.paging;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The {@code limit} and {@code cursor} query parameters every keyset-paged list takes, documented once; a resource method
 * takes them as a {@code @BeanParam}. They stay raw strings until {@link #request()}, so each resource still decides when a
 * malformed one is reported relative to its other parameters.
 */
public class PageParameters {

    // Declared an integer for clients; read as text so that "ten" or "0" is our 400 naming `limit`.
    @Parameter(description = "Page size, 1 to 100.", example = "20",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    @QueryParam("limit")
    String limit;

    // No example: only a next_cursor is valid, and Swagger UI would send an example with every "Try it out".
    @Parameter(description = "The next_cursor of the previous page; omit for the first page.")
    @QueryParam("cursor")
    String cursor;

    /** The page asked for; a malformed limit or cursor is a 400 naming it. */
    public PageRequest request() {
        return PageRequest.of(limit, cursor);
    }
}

package org.geofacts.change;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.geofacts.paging.PageRequest;

@Path("/changes")
@Tag(name = "changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeResource {

    private final ChangeService service;

    public ChangeResource(ChangeService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listChanges", summary = "Follow the change feed",
            description = "Creations, updates and deletions (as tombstones) of every fact, in commit order. Start without `since`, "
                    + "apply the items, store `next_cursor` and call again with `since=<next_cursor>`: each change is seen exactly once.")
    @APIResponse(responseCode = "200", description = "The changes after `since`.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangePage.class)))
    public ChangePage changes(
            @Parameter(description = "The next_cursor of the previous call; omit to start from the beginning.") @QueryParam("since") String since,
            @Parameter(description = "Page size, 1 to 100.", example = "100") @QueryParam("limit") String limit) {
        return service.since(PageRequest.of(limit, since, "since"));
    }
}

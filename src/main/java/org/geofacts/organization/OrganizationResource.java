package org.geofacts.organization;

import java.util.List;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.geofacts.common.Page;
import org.geofacts.common.PageRequest;
import org.geofacts.common.ProblemException;

@Path("/organizations")
@Tag(name = "organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private final OrganizationService service;

    public OrganizationResource(OrganizationService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listOrganizations", summary = "List organizations", description = "Organizations ordered by id.")
    @APIResponse(responseCode = "200", description = "A page of organizations.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationPage.class)))
    public Page<OrganizationDto> list(
            @Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") String limit,
            @Parameter(description = "The next_cursor of the previous page.", example = "djE6Y2xhaW0tdXMta3Itay1hcm1zLXRvLXJ1c3NpYQ") @QueryParam("cursor") String cursor) {
        return service.list(PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrganization", summary = "Get an organization", description = "One organization with kind and aliases.")
    @APIResponse(responseCode = "200", description = "The organization.")
    public OrganizationDto get(@Parameter(description = "Organization id.", example = "nato") @PathParam("id") String id) {
        return service.get(id).orElseThrow(() -> ProblemException.notFound("organization", id));
    }

    /** The page as named in the OpenAPI document. */
    @Schema(name = "OrganizationPage")
    public record OrganizationPage(
            @Schema(required = true) List<OrganizationDto> items,
            @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor,
            @Schema(required = true) int limit) {
    }
}

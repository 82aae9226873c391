package org.geofacts.person;

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
import org.geofacts.common.Params;
import org.geofacts.common.ProblemException;

@Path("/people")
@Tag(name = "people")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    private final PersonService service;

    public PersonResource(PersonService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listPeople", summary = "List people",
            description = "People ordered by id. `name` matches the id or any alias, ignoring case, accents and hyphens.")
    @APIResponse(responseCode = "200", description = "A page of people.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonPage.class)))
    public Page<PersonDto> list(
            @Parameter(description = "Any name or spelling of the person.", example = "Kim Jong-un") @QueryParam("name") String name,
            @Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") String limit,
            @Parameter(description = "The next_cursor of the previous page.", example = "djE6Y2xhaW0tdXMta3Itay1hcm1zLXRvLXJ1c3NpYQ") @QueryParam("cursor") String cursor) {
        return service.list(Params.text("name", name), PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPerson", summary = "Get a person", description = "One person with role, country and aliases.")
    @APIResponse(responseCode = "200", description = "The person.")
    public PersonDto get(@Parameter(description = "Person id.", example = "vladimir-putin") @PathParam("id") String id) {
        return service.get(id).orElseThrow(() -> ProblemException.notFound("person", id));
    }

    /** The page as named in the OpenAPI document. */
    @Schema(name = "PersonPage")
    public record PersonPage(
            @Schema(required = true) List<PersonDto> items,
            @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor,
            @Schema(required = true) int limit) {
    }
}

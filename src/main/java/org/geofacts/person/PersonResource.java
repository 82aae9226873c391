package org.geofacts.person;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.geofacts.editing.FactEditor;
import org.geofacts.paging.Page;
import org.geofacts.paging.PageParameters;
import org.geofacts.web.Params;
import org.geofacts.web.ProblemException;
import org.geofacts.writeapi.FactWriteResource;
import org.geofacts.writes.CurrentCurator;

@Path("/people")
@Tag(name = "people")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource extends FactWriteResource<PersonDto> {

    private final PersonService service;

    public PersonResource(PersonService service, PersonKind form, FactEditor editor, CurrentCurator curator) {
        super(form, editor, curator, Deletion.CASCADE_ON_REQUEST);
        this.service = service;
    }

    @GET
    @Operation(operationId = "listPeople", summary = "List people",
            description = "People ordered by id. `name` matches the id or any alias, ignoring case, accents and hyphens.")
    @APIResponse(responseCode = "200", description = "A page of people.")
    public Page<PersonDto> list(
            @Parameter(description = "Any name or spelling of the person.", example = "Kim Jong-un") @QueryParam("name") String name,
            @BeanParam PageParameters paging) {
        return service.list(Params.text("name", name), paging.request());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPerson", summary = "Get a person", description = "One person with role, country and aliases.")
    @APIResponse(responseCode = "200", description = "The person.")
    public PersonDto get(@Parameter(description = "Person id.", example = "vladimir-putin") @PathParam("id") String id) {
        return service.get(id).orElseThrow(() -> ProblemException.notFound("person", id));
    }
}

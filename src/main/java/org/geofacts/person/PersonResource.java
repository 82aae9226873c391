package org.geofacts.person;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.geofacts.writes.Curators;
import org.geofacts.writes.CurrentCurator;
import org.geofacts.web.MergePatch;
import org.geofacts.editing.FactEditor;
import com.fasterxml.jackson.databind.JsonNode;
import org.geofacts.bundle.FactBundle.PersonEntry;
import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.geofacts.paging.Page;
import org.geofacts.paging.PageRequest;
import org.geofacts.web.Params;
import org.geofacts.web.ProblemException;

@Path("/people")
@Tag(name = "people")
@Produces(MediaType.APPLICATION_JSON)
public class PersonResource {

    private final PersonService service;
    private final PersonKind form;
    private final FactEditor editor;
    private final CurrentCurator curator;

    public PersonResource(PersonService service, PersonKind form, FactEditor editor, CurrentCurator curator) {
        this.service = service;
        this.form = form;
        this.editor = editor;
        this.curator = curator;
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "createPerson", summary = "Add a person",
            description = "The person in its fact-bundle form (as in POST /imports). Their name becomes an alias too, so "
                    + "`speaker` and `claimant` filters by any spelling find them.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonEntry.class),
            examples = @ExampleObject(name = "example", value = "{\"id\": \"sergei-lavrov\", \"name\": \"Sergei Lavrov\", "
                    + "\"role\": \"Minister of Foreign Affairs of Russia\", \"country\": \"RU\", "
                    + "\"aliases\": [\"Lavrov\"]}")))
    @APIResponse(responseCode = "201", description = "Added; Location names the new person.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonDto.class)))
    @APIResponse(responseCode = "409", ref = "AlreadyExists")
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public Response create(JsonNode body, @Context UriInfo uri) {
        FactEditor.Written<PersonDto> created = editor.create(form, body, curator.actor());
        return Response.created(uri.getBaseUriBuilder().path("people").path(created.id()).build())
                .entity(created.representation()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "replacePerson", summary = "Replace a person",
            description = "Replaces the whole person with the body, in the form POST takes; members left out are cleared. The id may be "
                    + "left out but not changed. Requires If-Match with the ETag of the last GET; the answer carries the new ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonEntry.class),
            examples = @ExampleObject(name = "example", value = "{\"name\": \"Sergei Lavrov\", \"role\": \"Minister of Foreign Affairs of Russia\", "
                    + "\"country\": \"RU\", \"aliases\": [\"Lavrov\"]}")))
    @APIResponse(responseCode = "200", description = "The replaced person.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonDto.class)))
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public PersonDto replace(
            @Parameter(description = "Person id.", example = "vladimir-putin") @PathParam("id") String id,
            @Parameter(description = "ETag of the version being replaced.", example = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"") @HeaderParam("If-Match") String ifMatch,
            JsonNode body) {
        return editor.replace(form, id, body, ifMatch, curator.actor());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "patchPerson", summary = "Edit a person",
            description = "A JSON merge patch (RFC 7396) over the person in the form POST takes: members given replace, null removes. "
                    + "Requires If-Match with the ETag of the last GET; the answer carries the new ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, example = "{\"role\": \"President of the Russian Federation\"}")))
    @APIResponse(responseCode = "200", description = "The edited person.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonDto.class)))
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public PersonDto patch(
            @Parameter(description = "Person id.", example = "vladimir-putin") @PathParam("id") String id,
            @Parameter(description = "ETag of the version being edited.", example = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"") @HeaderParam("If-Match") String ifMatch,
            JsonNode patch) {
        return editor.patch(form, id, patch, ifMatch, curator.actor());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "deletePerson", summary = "Delete a person",
            description = "Deletes the person. If facts refer to them, 409 names them, unless cascade=true: then their quotes "
                    + "and the claims they are an actor of are deleted too. Requires If-Match with the ETag of the last "
                    + "GET.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = "StillReferenced")
    public void delete(
            @Parameter(description = "Person id.", example = "vladimir-putin") @PathParam("id") String id,
            @Parameter(description = "Also delete the facts that cannot stand without this person and clear optional references to it; "
                    + "without it, a person other facts refer to is not deleted (409).", example = "false") @QueryParam("cascade") String cascade,
            @Parameter(description = "ETag of the version being deleted.", example = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"") @HeaderParam("If-Match") String ifMatch) {
        editor.delete(form, id, ifMatch, Params.flag("cascade", cascade), curator.actor());
    }
}

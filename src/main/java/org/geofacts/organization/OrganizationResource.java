package org.geofacts.organization;

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
import org.geofacts.web.Params;
import org.geofacts.editing.FactEditor;
import com.fasterxml.jackson.databind.JsonNode;
import org.geofacts.bundle.FactBundle.OrganizationEntry;
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
import org.geofacts.web.ProblemException;

@Path("/organizations")
@Tag(name = "organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    private final OrganizationService service;
    private final OrganizationKind form;
    private final FactEditor editor;
    private final CurrentCurator curator;

    public OrganizationResource(OrganizationService service, OrganizationKind form, FactEditor editor, CurrentCurator curator) {
        this.service = service;
        this.form = form;
        this.editor = editor;
        this.curator = curator;
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "createOrganization", summary = "Add an organization",
            description = "The organization in its fact-bundle form (as in POST /imports). Its names become aliases too.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationEntry.class),
            examples = @ExampleObject(name = "example", value = "{\"id\": \"asean\", \"name_en\": \"Association of Southeast Asian Nations\", "
                    + "\"name_id\": \"Perhimpunan Bangsa-Bangsa Asia Tenggara\", \"kind\": \"bloc\", "
                    + "\"aliases\": [\"ASEAN\"]}")))
    @APIResponse(responseCode = "201", description = "Added; Location names the new organization.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationDto.class)))
    @APIResponse(responseCode = "409", ref = "AlreadyExists")
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public Response create(JsonNode body, @Context UriInfo uri) {
        FactEditor.Written<OrganizationDto> created = editor.create(form, body, curator.actor());
        return Response.created(uri.getBaseUriBuilder().path("organizations").path(created.id()).build())
                .entity(created.representation()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "replaceOrganization", summary = "Replace an organization",
            description = "Replaces the whole organization with the body, in the form POST takes; members left out are cleared. The id may be "
                    + "left out but not changed. Requires If-Match with the ETag of the last GET; the answer carries the new ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationEntry.class),
            examples = @ExampleObject(name = "example", value = "{\"name_en\": \"Association of Southeast Asian Nations\", "
                    + "\"name_id\": \"Perhimpunan Bangsa-Bangsa Asia Tenggara\", \"kind\": \"bloc\", "
                    + "\"aliases\": [\"ASEAN\"]}")))
    @APIResponse(responseCode = "200", description = "The replaced organization.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationDto.class)))
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public OrganizationDto replace(
            @Parameter(description = "Organization id.", example = "nato") @PathParam("id") String id,
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
    @Operation(operationId = "patchOrganization", summary = "Edit an organization",
            description = "A JSON merge patch (RFC 7396) over the organization in the form POST takes: members given replace, null removes. "
                    + "Requires If-Match with the ETag of the last GET; the answer carries the new ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, example = "{\"aliases\": [\"NATO\", \"Pakta Pertahanan Atlantik Utara\"]}")))
    @APIResponse(responseCode = "200", description = "The edited organization.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrganizationDto.class)))
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public OrganizationDto patch(
            @Parameter(description = "Organization id.", example = "nato") @PathParam("id") String id,
            @Parameter(description = "ETag of the version being edited.", example = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"") @HeaderParam("If-Match") String ifMatch,
            JsonNode patch) {
        return editor.patch(form, id, patch, ifMatch, curator.actor());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "deleteOrganization", summary = "Delete an organization",
            description = "Deletes the organization. If facts refer to it, 409 names them, unless cascade=true: then the "
                    + "claims it is an actor of are deleted too, and quotes it carried keep standing with their channel "
                    + "cleared. Requires If-Match with the ETag of the last GET.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = "StillReferenced")
    public void delete(
            @Parameter(description = "Organization id.", example = "nato") @PathParam("id") String id,
            @Parameter(description = "Also delete the facts that cannot stand without this organization and clear optional references to "
                    + "it; without it, an organization other facts refer to is not deleted (409).", example = "false") @QueryParam("cascade") String cascade,
            @Parameter(description = "ETag of the version being deleted.", example = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"") @HeaderParam("If-Match") String ifMatch) {
        editor.delete(form, id, ifMatch, Params.flag("cascade", cascade), curator.actor());
    }
}

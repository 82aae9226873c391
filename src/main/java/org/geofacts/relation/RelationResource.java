package org.geofacts.relation;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.geofacts.web.MergePatch;
import org.geofacts.editing.FactEditor;
import com.fasterxml.jackson.databind.JsonNode;
import org.geofacts.bundle.FactBundle.RelationEntry;
import org.geofacts.editing.InDocument;
import java.util.List;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.geofacts.writes.Curators;
import org.geofacts.writes.CurrentCurator;
import org.geofacts.paging.Page;
import org.geofacts.paging.PageRequest;
import org.geofacts.web.Params;
import org.geofacts.web.ProblemException;
import org.geofacts.bundle.Vocabulary;

@Path("/relations")
@Tag(name = "relations")
@Produces(MediaType.APPLICATION_JSON)
public class RelationResource {

    private final RelationService service;
    private final RelationKind form;
    private final FactEditor editor;
    private final CurrentCurator curator;

    public RelationResource(RelationService service, RelationKind form, FactEditor editor, CurrentCurator curator) {
        this.service = service;
        this.form = form;
        this.editor = editor;
        this.curator = curator;
    }

    @GET
    @Operation(operationId = "listRelations", summary = "List relations between countries",
            description = "Directed relations ordered by id. `country` matches either end; with `with` as well, only relations "
                    + "between the two (in either direction) are listed, so `?country=RU&with=KP&kind=alliance` answers "
                    + "\"are Russia and North Korea allies?\" with the evidence. Both take any country code or name.")
    @APIResponse(responseCode = "200", description = "A page of relations.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelationPage.class)))
    public Page<RelationDto> list(
            @Parameter(description = "One end: country code (alpha-2, alpha-3, QID) or name.", example = "RU") @QueryParam("country") String country,
            @Parameter(description = "The other end.", example = "KP") @QueryParam("with") String with,
            @Parameter(description = "Kind of relation.", example = "alliance") @QueryParam("kind") String kind,
            @Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") String limit,
            @Parameter(description = "The next_cursor of the previous page.", example = "djE6Y2xhaW0tdXMta3Itay1hcm1zLXRvLXJ1c3NpYQ") @QueryParam("cursor") String cursor) {
        return service.list(Params.text("country", country), Params.text("with", with),
                Params.oneOf("kind", kind, Vocabulary.RELATION_KINDS), PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRelation", summary = "Get a relation", description = "One relation with its evidence.")
    @APIResponse(responseCode = "200", description = "The relation.")
    public RelationDto get(@Parameter(description = "Relation id.", example = "rel-ru-kp-alliance") @PathParam("id") String id) {
        return service.get(id).orElseThrow(() -> ProblemException.notFound("relation", id));
    }

    /** The page as named in the OpenAPI document. */
    @Schema(name = "RelationPage")
    public record RelationPage(
            @Schema(required = true) List<RelationDto> items,
            @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor,
            @Schema(required = true) int limit) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "createRelation", summary = "Add a relation",
            description = "The relation in its fact-bundle form (as in POST /imports) with `document` naming the stored "
                    + "document whose text holds its evidence. Its evidence is located in the document as an import would.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewRelation.class),
            examples = @ExampleObject(name = "example", value = "{\"document\": \"ru-kp-treaty-2024\", \"id\": \"rel-kp-ru-weapons-for-russia\", "
                    + "\"source\": \"KP\", \"target\": \"RU\", \"kind\": \"arms_supply\", "
                    + "\"evidence\": [{\"exact\": \"memasok senjata ke Rusia\"}]}")))
    @APIResponse(responseCode = "201", description = "Added; Location names the new relation.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelationDto.class)))
    @APIResponse(responseCode = "409", ref = "AlreadyExists")
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public Response create(JsonNode body, @Context UriInfo uri) {
        FactEditor.Written<RelationDto> created = editor.create(form, body, curator.actor());
        return Response.created(uri.getBaseUriBuilder().path("relations").path(created.id()).build())
                .entity(created.representation()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "replaceRelation", summary = "Replace a relation",
            description = "Replaces the whole relation with the body, in the form POST takes; members left out are cleared. The id may be "
                    + "left out but not changed. Requires If-Match with the ETag of the last GET; the answer carries the new ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelationEntry.class),
            examples = @ExampleObject(name = "example", value = "{\"source\": \"KP\", \"target\": \"RU\", \"kind\": \"arms_supply\", "
                    + "\"evidence\": [{\"exact\": \"memasok senjata ke Rusia\"}]}")))
    @APIResponse(responseCode = "200", description = "The replaced relation.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelationDto.class)))
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public RelationDto replace(
            @Parameter(description = "Relation id.", example = "rel-ru-kp-alliance") @PathParam("id") String id,
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
    @Operation(operationId = "patchRelation", summary = "Edit a relation",
            description = "A JSON merge patch (RFC 7396) over the relation in the form POST takes: members given replace, null removes. "
                    + "Requires If-Match with the ETag of the last GET; the answer carries the new ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, example = "{\"since\": \"2023\"}")))
    @APIResponse(responseCode = "200", description = "The edited relation.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RelationDto.class)))
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public RelationDto patch(
            @Parameter(description = "Relation id.", example = "rel-ru-kp-alliance") @PathParam("id") String id,
            @Parameter(description = "ETag of the version being edited.", example = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"") @HeaderParam("If-Match") String ifMatch,
            JsonNode patch) {
        return editor.patch(form, id, patch, ifMatch, curator.actor());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "deleteRelation", summary = "Delete a relation",
            description = "Deletes the relation with its evidence. Requires If-Match with the ETag of the last GET.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(
            @Parameter(description = "Relation id.", example = "rel-ru-kp-alliance") @PathParam("id") String id,
            @Parameter(description = "ETag of the version being deleted.", example = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"") @HeaderParam("If-Match") String ifMatch) {
        editor.delete(form, id, ifMatch, false, curator.actor());
    }

    /** The body of a create, as the contract documents it; the editor reads the JSON itself. */
    @Schema(name = "NewRelation", description = "A relation in fact-bundle form, and the document holding its evidence.")
    public record NewRelation(
            @Schema(required = true, description = InDocument.DESCRIPTION, example = "ru-kp-treaty-2024") String document,
            @JsonUnwrapped RelationEntry relation) {
    }
}

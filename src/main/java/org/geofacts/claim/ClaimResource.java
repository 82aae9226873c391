package org.geofacts.claim;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.geofacts.web.MergePatch;
import org.geofacts.editing.FactEditor;
import com.fasterxml.jackson.databind.JsonNode;
import org.geofacts.bundle.FactBundle.ClaimEntry;
import org.geofacts.editing.InDocument;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.geofacts.writes.Curators;
import org.geofacts.writes.CurrentCurator;
import org.geofacts.web.JsonLd;
import org.geofacts.paging.Page;
import org.geofacts.paging.PageRequest;
import org.geofacts.web.Params;
import org.geofacts.web.ProblemException;
import org.geofacts.bundle.Vocabulary;

@Path("/claims")
@Tag(name = "claims")
@Produces({MediaType.APPLICATION_JSON, JsonLd.MEDIA_TYPE})
public class ClaimResource {

    private final ClaimService service;
    private final ActorResolver actors;
    private final ClaimKind form;
    private final FactEditor editor;
    private final CurrentCurator curator;

    public ClaimResource(ClaimService service, ActorResolver actors, ClaimKind form, FactEditor editor, CurrentCurator curator) {
        this.service = service;
        this.actors = actors;
        this.form = form;
        this.editor = editor;
        this.curator = curator;
    }

    @GET
    @Operation(operationId = "listClaims", summary = "List claims",
            description = "Claims with their claimants, subjects and evidence, ordered by id. `claimant` and `subject` accept "
                    + "a country code (alpha-2, alpha-3 or Wikidata QID), a person or organization id, or any alias of one "
                    + "(`Washington` finds the United States). `q` is full-text search over the statement in its language "
                    + "and in English.")
    @APIResponse(responseCode = "200", description = "A page of claims.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimPage.class)),
            @Content(mediaType = JsonLd.MEDIA_TYPE, schema = @Schema(implementation = JsonLd.Document.class))})
    public Response list(
            @Parameter(description = "Who makes the claim: a code, id or alias.", example = "US") @QueryParam("claimant") String claimant,
            @Parameter(description = "Who the claim is about: a code, id or alias.", example = "KP") @QueryParam("subject") String subject,
            @Parameter(description = "Claim category.", example = "sanctions") @QueryParam("category") String category,
            @Parameter(description = "How the claim is put.", example = "alleged") @QueryParam("modality") String modality,
            @Parameter(description = "Only claims from this document.", example = "ru-kp-treaty-2024") @QueryParam("document") String document,
            @Parameter(description = "Full-text query (web-search syntax) in Indonesian or English.", example = "sanksi") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") String limit,
            @Parameter(description = "The next_cursor of the previous page.", example = "djE6Y2xhaW0tdXMta3Itay1hcm1zLXRvLXJ1c3NpYQ") @QueryParam("cursor") String cursor,
            @Context HttpHeaders headers) {
        PageRequest page = PageRequest.of(limit, cursor);
        String claimantName = Params.text("claimant", claimant);
        String subjectName = Params.text("subject", subject);
        ClaimFilter filter = new ClaimFilter(
                claimantName == null ? null : actors.resolve(claimantName),
                subjectName == null ? null : actors.resolve(subjectName),
                Params.oneOf("category", category, Vocabulary.CLAIM_CATEGORIES),
                Params.oneOf("modality", modality, Vocabulary.MODALITIES),
                Params.text("document", document),
                Params.text("q", q));
        Page<ClaimDto> result = service.list(filter, page);
        if (JsonLd.wanted(headers)) {
            return Response.ok(JsonLd.list(result.items().stream().map(ClaimLinkedData::of).toList(), result.nextCursor()),
                    JsonLd.TYPE).build();
        }
        return Response.ok(result, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getClaim", summary = "Get a claim", description = "One claim with its claimants, subjects and evidence.")
    @APIResponse(responseCode = "200", description = "The claim.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimDto.class)),
            @Content(mediaType = JsonLd.MEDIA_TYPE, schema = @Schema(implementation = JsonLd.Document.class))})
    public Response get(
            @Parameter(description = "Claim id.", example = "claim-us-kr-kp-arms-to-russia") @PathParam("id") String id,
            @Context HttpHeaders headers) {
        ClaimDto claim = service.get(id).orElseThrow(() -> ProblemException.notFound("claim", id));
        if (JsonLd.wanted(headers)) {
            return Response.ok(JsonLd.document(ClaimLinkedData.of(claim)), JsonLd.TYPE).build();
        }
        return Response.ok(claim, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "createClaim", summary = "Add a claim",
            description = "The claim in its fact-bundle form (as in POST /imports) with `document` naming the stored document "
                    + "whose text holds its evidence. Its evidence is located in the document as an import would; "
                    + "claimants and subjects must be stored (or defined) entities.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewClaim.class),
            examples = @ExampleObject(name = "example", value = "{\"document\": \"ru-kp-treaty-2024\", \"id\": \"claim-kr-kp-arms-to-russia\", "
                    + "\"claimants\": [{\"country\": \"KR\"}], \"subjects\": [{\"country\": \"KP\"}], "
                    + "\"statement\": \"Pyongyang memasok senjata ke Rusia.\", "
                    + "\"statement_en\": \"Pyongyang supplies weapons to Russia.\", "
                    + "\"category\": \"arms_transfer\", \"modality\": \"alleged\", "
                    + "\"evidence\": [{\"exact\": \"memasok senjata ke Rusia\"}]}")))
    @APIResponse(responseCode = "201", description = "Added; Location names the new claim.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimDto.class)))
    @APIResponse(responseCode = "409", ref = "AlreadyExists")
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public Response create(JsonNode body, @Context UriInfo uri) {
        FactEditor.Written<ClaimDto> created = editor.create(form, body, curator.actor());
        return Response.created(uri.getBaseUriBuilder().path("claims").path(created.id()).build())
                .entity(created.representation()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "replaceClaim", summary = "Replace a claim",
            description = "Replaces the whole claim with the body, in the form POST takes; members left out are cleared. The id may be "
                    + "left out but not changed. Requires If-Match with the ETag of the last GET; the answer carries the new ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimEntry.class),
            examples = @ExampleObject(name = "example", value = "{\"claimants\": [{\"country\": \"KR\"}], \"subjects\": [{\"country\": \"KP\"}], "
                    + "\"statement\": \"Pyongyang memasok senjata ke Rusia.\", "
                    + "\"statement_en\": \"Pyongyang supplies weapons to Russia.\", "
                    + "\"category\": \"arms_transfer\", \"modality\": \"alleged\", "
                    + "\"evidence\": [{\"exact\": \"memasok senjata ke Rusia\"}]}")))
    @APIResponse(responseCode = "200", description = "The replaced claim.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimDto.class)))
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public ClaimDto replace(
            @Parameter(description = "Claim id.", example = "claim-us-kr-kp-arms-to-russia") @PathParam("id") String id,
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
    @Operation(operationId = "patchClaim", summary = "Edit a claim",
            description = "A JSON merge patch (RFC 7396) over the claim in the form POST takes: members given replace, null removes. "
                    + "Requires If-Match with the ETag of the last GET; the answer carries the new ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, example = "{\"modality\": \"asserted\"}")))
    @APIResponse(responseCode = "200", description = "The edited claim.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimDto.class)))
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public ClaimDto patch(
            @Parameter(description = "Claim id.", example = "claim-us-kr-kp-arms-to-russia") @PathParam("id") String id,
            @Parameter(description = "ETag of the version being edited.", example = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"") @HeaderParam("If-Match") String ifMatch,
            JsonNode patch) {
        return editor.patch(form, id, patch, ifMatch, curator.actor());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "deleteClaim", summary = "Delete a claim",
            description = "Deletes the claim with its actors and evidence. Requires If-Match with the ETag of the last GET.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(
            @Parameter(description = "Claim id.", example = "claim-us-kr-kp-arms-to-russia") @PathParam("id") String id,
            @Parameter(description = "ETag of the version being deleted.", example = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"") @HeaderParam("If-Match") String ifMatch) {
        editor.delete(form, id, ifMatch, false, curator.actor());
    }

    /** The JSON page as documented in OpenAPI (the method returns a Response to negotiate JSON-LD). */
    @Schema(name = "ClaimPage")
    public record ClaimPage(
            @Schema(required = true) java.util.List<ClaimDto> items,
            @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor,
            @Schema(required = true) int limit) {
    }

    /** The body of a create, as the contract documents it; the editor reads the JSON itself. */
    @Schema(name = "NewClaim", description = "A claim in fact-bundle form, and the document holding its evidence.")
    public record NewClaim(
            @Schema(required = true, description = InDocument.DESCRIPTION, example = "ru-kp-treaty-2024") String document,
            @JsonUnwrapped ClaimEntry claim) {
    }
}

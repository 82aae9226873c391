package org.geofacts.agreement;

import org.geofacts.bundle.FactBundle.ClauseEntry;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
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
import org.geofacts.bundle.FactBundle.AgreementEntry;
import org.geofacts.editing.InDocument;
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
import org.geofacts.country.CountryRepository;
import org.geofacts.bundle.Vocabulary;

@Path("/agreements")
@Tag(name = "agreements")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {

    private final AgreementService service;
    private final CountryRepository countries;
    private final AgreementKind form;
    private final ClauseEditor clauses;
    private final FactEditor editor;
    private final CurrentCurator curator;

    public AgreementResource(AgreementService service, CountryRepository countries, AgreementKind form, ClauseEditor clauses, FactEditor editor, CurrentCurator curator) {
        this.service = service;
        this.countries = countries;
        this.form = form;
        this.clauses = clauses;
        this.editor = editor;
        this.curator = curator;
    }

    @GET
    @Operation(operationId = "listAgreements", summary = "List agreements",
            description = "Agreements ordered by id. `signed_from` and `signed_to` take YYYY, YYYY-MM or YYYY-MM-DD and match "
                    + "agreements whose signing date, at its own precision, overlaps the range.")
    @APIResponse(responseCode = "200", description = "A page of agreements.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementPage.class)))
    public Page<AgreementDto> list(
            @Parameter(description = "A party: country code (alpha-2, alpha-3, QID) or any name the sources use.", example = "RU") @QueryParam("party") String party,
            @Parameter(description = "Kind of agreement.", example = "treaty") @QueryParam("kind") String kind,
            @Parameter(description = "Signed on or after (YYYY, YYYY-MM or YYYY-MM-DD).", example = "2024") @QueryParam("signed_from") String signedFrom,
            @Parameter(description = "Signed on or before (YYYY, YYYY-MM or YYYY-MM-DD).", example = "2024-12") @QueryParam("signed_to") String signedTo,
            @Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") String limit,
            @Parameter(description = "The next_cursor of the previous page.", example = "djE6Y2xhaW0tdXMta3Itay1hcm1zLXRvLXJ1c3NpYQ") @QueryParam("cursor") String cursor) {
        PageRequest page = PageRequest.of(limit, cursor);
        String partyName = Params.text("party", party);
        AgreementFilter filter = new AgreementFilter(
                partyName == null ? null : countries.codesMatching(partyName),
                Params.oneOf("kind", kind, Vocabulary.AGREEMENT_KINDS),
                Params.date("signed_from", signedFrom),
                Params.date("signed_to", signedTo));
        return service.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAgreement", summary = "Get an agreement", description = "One agreement with its parties, signing date and place, and evidence.")
    @APIResponse(responseCode = "200", description = "The agreement.")
    public AgreementDto get(
            @Parameter(description = "Agreement id.", example = "ru-kp-comprehensive-strategic-partnership-2024") @PathParam("id") String id) {
        return service.get(id).orElseThrow(() -> ProblemException.notFound("agreement", id));
    }

    @GET
    @Path("/{id}/clauses")
    @Operation(operationId = "listAgreementClauses", summary = "List the clauses of an agreement", description = "Clauses in ordinal order, each with its evidence.")
    @APIResponse(responseCode = "200", description = "A page of clauses.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClausePage.class)))
    public Page<ClauseDto> clauses(
            @Parameter(description = "Agreement id.", example = "ru-kp-comprehensive-strategic-partnership-2024") @PathParam("id") String id,
            @Parameter(description = "Clause type.", example = "mutual_defense") @QueryParam("type") String type,
            @Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") String limit,
            @Parameter(description = "The next_cursor of the previous page.", example = "djE6Y2xhaW0tdXMta3Itay1hcm1zLXRvLXJ1c3NpYQ") @QueryParam("cursor") String cursor) {
        return service.clauses(id, Params.oneOf("type", type, Vocabulary.CLAUSE_TYPES), PageRequest.of(limit, cursor));
    }

    @GET
    @Path("/{id}/clauses/{ordinal}")
    @Operation(operationId = "getAgreementClause", summary = "Get one clause", description = "The clause with this ordinal, with its evidence.")
    @APIResponse(responseCode = "200", description = "The clause.")
    public ClauseDto clause(
            @Parameter(description = "Agreement id.", example = "ru-kp-comprehensive-strategic-partnership-2024") @PathParam("id") String id,
            @Parameter(description = "Clause ordinal, from 1.", example = "1") @PathParam("ordinal") String ordinal) {
        return service.clause(id, ordinal(ordinal));
    }

    @POST
    @Path("/{id}/clauses")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "createAgreementClause", summary = "Add a clause",
            description = "A clause in its fact-bundle form; its evidence is located in the agreement's document. Without `ordinal` "
                    + "it comes after the last clause.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClauseEntry.class),
            examples = @ExampleObject(name = "example", value = "{\"type\": \"military_technical_cooperation\", "
                    + "\"summary_en\": \"Military-technical cooperation is not ruled out.\", "
                    + "\"evidence\": [{\"exact\": \"kerja sama militer-teknis\"}]}")))
    @APIResponse(responseCode = "201", description = "Added; Location names the new clause.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClauseDto.class)))
    @APIResponse(responseCode = "409", ref = "AlreadyExists")
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public Response createClause(
            @Parameter(description = "Agreement id.", example = "ru-kp-comprehensive-strategic-partnership-2024") @PathParam("id") String id,
            JsonNode body, @Context UriInfo uri) {
        ClauseDto created = clauses.create(id, body, curator.actor());
        return Response.created(uri.getBaseUriBuilder().path("agreements").path(id).path("clauses")
                .path(Integer.toString(created.ordinal())).build()).entity(created).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @PUT
    @Path("/{id}/clauses/{ordinal}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "replaceAgreementClause", summary = "Replace a clause",
            description = "Replaces the clause with the body, in the form POST takes; the ordinal may be left out but not changed. "
                    + "Requires If-Match with the clause's ETag; edits of other clauses do not change it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClauseEntry.class),
            examples = @ExampleObject(name = "example", value = "{\"type\": \"mutual_defense\", "
                    + "\"summary_en\": \"Each party assists the other if either is attacked.\", "
                    + "\"evidence\": [{\"exact\": \"bantuan timbal balik jika terjadi agresi terhadap salah satu pihak dalam perjanjian ini\"}]}")))
    @APIResponse(responseCode = "200", description = "The replaced clause.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClauseDto.class)))
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public ClauseDto replaceClause(
            @Parameter(description = "Agreement id.", example = "ru-kp-comprehensive-strategic-partnership-2024") @PathParam("id") String id,
            @Parameter(description = "Clause ordinal, from 1.", example = "1") @PathParam("ordinal") String ordinal,
            @Parameter(description = "ETag of the clause being replaced.", example = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"") @HeaderParam("If-Match") String ifMatch,
            JsonNode body) {
        return clauses.replace(id, ordinal(ordinal), body, ifMatch, curator.actor());
    }

    @PATCH
    @Path("/{id}/clauses/{ordinal}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "patchAgreementClause", summary = "Edit a clause",
            description = "A JSON merge patch (RFC 7396) over the clause in the form POST takes. Requires If-Match with the clause's ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, example = "{\"type\": \"consultation\"}")))
    @APIResponse(responseCode = "200", description = "The edited clause.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClauseDto.class)))
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public ClauseDto patchClause(
            @Parameter(description = "Agreement id.", example = "ru-kp-comprehensive-strategic-partnership-2024") @PathParam("id") String id,
            @Parameter(description = "Clause ordinal, from 1.", example = "1") @PathParam("ordinal") String ordinal,
            @Parameter(description = "ETag of the clause being edited.", example = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"") @HeaderParam("If-Match") String ifMatch,
            JsonNode patch) {
        return clauses.patch(id, ordinal(ordinal), patch, ifMatch, curator.actor());
    }

    @DELETE
    @Path("/{id}/clauses/{ordinal}")
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "deleteAgreementClause", summary = "Delete a clause",
            description = "Deletes the clause and its evidence; the other clauses keep their ordinals. Requires If-Match with the clause's ETag.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void deleteClause(
            @Parameter(description = "Agreement id.", example = "ru-kp-comprehensive-strategic-partnership-2024") @PathParam("id") String id,
            @Parameter(description = "Clause ordinal, from 1.", example = "1") @PathParam("ordinal") String ordinal,
            @Parameter(description = "ETag of the clause being deleted.", example = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"") @HeaderParam("If-Match") String ifMatch) {
        clauses.delete(id, ordinal(ordinal), ifMatch, curator.actor());
    }

    private static int ordinal(String value) {
        try {
            int number = Integer.parseInt(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below like any other bad ordinal
        }
        throw ProblemException.invalidParameter("ordinal", "must be a positive integer");
    }

    /** The page as named in the OpenAPI document. */
    @Schema(name = "AgreementPage")
    public record AgreementPage(
            @Schema(required = true) List<AgreementDto> items,
            @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor,
            @Schema(required = true) int limit) {
    }

    /** The page as named in the OpenAPI document. */
    @Schema(name = "ClausePage")
    public record ClausePage(
            @Schema(required = true) List<ClauseDto> items,
            @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor,
            @Schema(required = true) int limit) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "createAgreement", summary = "Add an agreement",
            description = "The agreement in its fact-bundle form (as in POST /imports) with `document` naming the stored "
                    + "document whose text holds its evidence. Its `clauses` are written with it; every evidence span is "
                    + "located in the document, as an import would.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewAgreement.class),
            examples = @ExampleObject(name = "example", value = "{\"document\": \"ru-kp-treaty-2024\", \"id\": \"ru-kp-military-technical-cooperation\", "
                    + "\"name_en\": \"Russia\u2013North Korea military-technical cooperation\", "
                    + "\"kind\": \"agreement\", \"parties\": [\"RU\", \"KP\"], \"status\": \"proposed\", "
                    + "\"evidence\": [{\"exact\": \"kerja sama militer-teknis\"}], "
                    + "\"clauses\": [{\"ordinal\": 1, \"type\": \"military_technical_cooperation\", "
                    + "\"summary_en\": \"Russia does not rule out military-technical cooperation with North Korea.\", "
                    + "\"evidence\": [{\"exact\": \"kerja sama militer-teknis\"}]}]}")))
    @APIResponse(responseCode = "201", description = "Added; Location names the new agreement.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementDto.class)))
    @APIResponse(responseCode = "409", ref = "AlreadyExists")
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public Response create(JsonNode body, @Context UriInfo uri) {
        FactEditor.Written<AgreementDto> created = editor.create(form, body, curator.actor());
        return Response.created(uri.getBaseUriBuilder().path("agreements").path(created.id()).build())
                .entity(created.representation()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "replaceAgreement", summary = "Replace an agreement",
            description = "Replaces the whole agreement with the body, in the form POST takes; members left out are cleared. The id may be "
                    + "left out but not changed. Requires If-Match with the ETag of the last GET; the answer carries the new ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementEntry.class),
            examples = @ExampleObject(name = "example", value = "{\"name_en\": \"Russia\u2013North Korea military-technical cooperation\", "
                    + "\"kind\": \"agreement\", \"parties\": [\"RU\", \"KP\"], \"status\": \"proposed\", "
                    + "\"evidence\": [{\"exact\": \"kerja sama militer-teknis\"}], "
                    + "\"clauses\": [{\"ordinal\": 1, \"type\": \"military_technical_cooperation\", "
                    + "\"summary_en\": \"Russia does not rule out military-technical cooperation with North Korea.\", "
                    + "\"evidence\": [{\"exact\": \"kerja sama militer-teknis\"}]}]}")))
    @APIResponse(responseCode = "200", description = "The replaced agreement.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementDto.class)))
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public AgreementDto replace(
            @Parameter(description = "Agreement id.", example = "ru-kp-comprehensive-strategic-partnership-2024") @PathParam("id") String id,
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
    @Operation(operationId = "patchAgreement", summary = "Edit an agreement",
            description = "A JSON merge patch (RFC 7396) over the agreement in the form POST takes: members given replace, null removes. "
                    + "Requires If-Match with the ETag of the last GET; the answer carries the new ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, example = "{\"status\": \"ratified\"}")))
    @APIResponse(responseCode = "200", description = "The edited agreement.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AgreementDto.class)))
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public AgreementDto patch(
            @Parameter(description = "Agreement id.", example = "ru-kp-comprehensive-strategic-partnership-2024") @PathParam("id") String id,
            @Parameter(description = "ETag of the version being edited.", example = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"") @HeaderParam("If-Match") String ifMatch,
            JsonNode patch) {
        return editor.patch(form, id, patch, ifMatch, curator.actor());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "deleteAgreement", summary = "Delete an agreement",
            description = "Deletes the agreement with its clauses and evidence. If claims or quotes are about it, 409 names "
                    + "them, unless cascade=true: then they keep standing with `about_agreement` cleared. Requires "
                    + "If-Match with the ETag of the last GET.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = "StillReferenced")
    public void delete(
            @Parameter(description = "Agreement id.", example = "ru-kp-comprehensive-strategic-partnership-2024") @PathParam("id") String id,
            @Parameter(description = "Also delete the facts that cannot stand without this agreement and clear optional references to it; "
                    + "without it, an agreement other facts refer to is not deleted (409).", example = "false") @QueryParam("cascade") String cascade,
            @Parameter(description = "ETag of the version being deleted.", example = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"") @HeaderParam("If-Match") String ifMatch) {
        editor.delete(form, id, ifMatch, Params.flag("cascade", cascade), curator.actor());
    }

    /** The body of a create, as the contract documents it; the editor reads the JSON itself. */
    @Schema(name = "NewAgreement", description = "A agreement in fact-bundle form, and the document holding its evidence.")
    public record NewAgreement(
            @Schema(required = true, description = InDocument.DESCRIPTION, example = "ru-kp-treaty-2024") String document,
            @JsonUnwrapped AgreementEntry agreement) {
    }
}

package org.geofacts.agreement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.geofacts.bundle.FactBundle.AgreementEntry;
import org.geofacts.bundle.FactBundle.ClauseEntry;
import org.geofacts.bundle.Vocabulary;
import org.geofacts.country.CountryRepository;
import org.geofacts.editing.FactEditor;
import org.geofacts.editing.InDocument;
import org.geofacts.paging.Page;
import org.geofacts.paging.PageRequest;
import org.geofacts.web.MergePatch;
import org.geofacts.paging.PageParameters;
import org.geofacts.web.Params;
import org.geofacts.web.ProblemException;
import org.geofacts.writeapi.FactWriteResource;
import org.geofacts.writes.Curators;
import org.geofacts.writes.CurrentCurator;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.JsonNode;

/** Agreements (their writes inherited) and their clauses, each clause with its own ETag. */
@Path("/agreements")
@Tag(name = "agreements")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource extends FactWriteResource<AgreementDto> {

    private static final String AGREEMENT_ID = "Agreement id.";
    private static final String AGREEMENT_EXAMPLE = "ru-kp-comprehensive-strategic-partnership-2024";
    private static final String ORDINAL = "Clause ordinal, from 1.";

    private final AgreementService service;
    private final CountryRepository countries;
    private final ClauseEditor clauses;
    private final CurrentCurator curator;

    public AgreementResource(AgreementService service, CountryRepository countries, AgreementKind form, ClauseEditor clauses,
            FactEditor editor, CurrentCurator curator) {
        super(form, editor, curator, Deletion.CASCADE_ON_REQUEST);
        this.service = service;
        this.countries = countries;
        this.clauses = clauses;
        this.curator = curator;
    }

    @GET
    @Operation(operationId = "listAgreements", summary = "List agreements",
            description = "Agreements ordered by id. `signed_from` and `signed_to` take YYYY, YYYY-MM or YYYY-MM-DD and match "
                    + "agreements whose signing date, at its own precision, overlaps the range.")
    @APIResponse(responseCode = "200", description = "A page of agreements.")
    public Page<AgreementDto> list(
            @Parameter(description = "A party: country code (alpha-2, alpha-3, QID) or any name the sources use.", example = "RU") @QueryParam("party") String party,
            @Parameter(description = "Kind of agreement.", example = "treaty") @QueryParam("kind") String kind,
            @Parameter(description = "Signed on or after (YYYY, YYYY-MM or YYYY-MM-DD).", example = "2024") @QueryParam("signed_from") String signedFrom,
            @Parameter(description = "Signed on or before (YYYY, YYYY-MM or YYYY-MM-DD).", example = "2024-12") @QueryParam("signed_to") String signedTo,
            @BeanParam PageParameters paging) {
        PageRequest page = paging.request();
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
    public AgreementDto get(@Parameter(description = AGREEMENT_ID, example = AGREEMENT_EXAMPLE) @PathParam("id") String id) {
        return service.get(id).orElseThrow(() -> ProblemException.notFound("agreement", id));
    }

    @GET
    @Path("/{id}/clauses")
    @Operation(operationId = "listAgreementClauses", summary = "List the clauses of an agreement", description = "Clauses in ordinal order, each with its evidence.")
    @APIResponse(responseCode = "200", description = "A page of clauses.")
    public Page<ClauseDto> clauses(
            @Parameter(description = AGREEMENT_ID, example = AGREEMENT_EXAMPLE) @PathParam("id") String id,
            @Parameter(description = "Clause type.", example = "mutual_defense") @QueryParam("type") String type,
            @BeanParam PageParameters paging) {
        return service.clauses(id, Params.oneOf("type", type, Vocabulary.CLAUSE_TYPES), paging.request());
    }

    @GET
    @Path("/{id}/clauses/{ordinal}")
    @Operation(operationId = "getAgreementClause", summary = "Get one clause", description = "The clause with this ordinal, with its evidence.")
    @APIResponse(responseCode = "200", description = "The clause.")
    public ClauseDto clause(
            @Parameter(description = AGREEMENT_ID, example = AGREEMENT_EXAMPLE) @PathParam("id") String id,
            @Parameter(description = ORDINAL, example = "1") @PathParam("ordinal") String ordinal) {
        return service.clause(id, ordinal(ordinal));
    }

    @POST
    @Path("/{id}/clauses")
    @Consumes(MediaType.APPLICATION_JSON)
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
            @Parameter(description = AGREEMENT_ID, example = AGREEMENT_EXAMPLE) @PathParam("id") String id,
            JsonNode body, @Context UriInfo uri) {
        ClauseDto created = clauses.create(id, body, curator.actor());
        return Response.created(uri.getBaseUriBuilder().path("agreements").path(id).path("clauses")
                .path(Integer.toString(created.ordinal())).build()).entity(created).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @PUT
    @Path("/{id}/clauses/{ordinal}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "replaceAgreementClause", summary = "Replace a clause",
            description = "Replaces the clause with the body, in the form POST takes; the ordinal may be left out but not changed. "
                    + "Requires If-Match with the clause's ETag; edits of other clauses do not change it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClauseEntry.class),
            examples = @ExampleObject(name = "example", value = "{\"type\": \"mutual_defense\", "
                    + "\"summary_en\": \"Each party assists the other if either is attacked.\", "
                    + "\"evidence\": [{\"exact\": \"bantuan timbal balik jika terjadi agresi terhadap salah satu pihak dalam perjanjian ini\"}]}")))
    @APIResponse(responseCode = "200", description = "The replaced clause.")
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public ClauseDto replaceClause(
            @Parameter(description = AGREEMENT_ID, example = AGREEMENT_EXAMPLE) @PathParam("id") String id,
            @Parameter(description = ORDINAL, example = "1") @PathParam("ordinal") String ordinal,
            @Parameter(description = "ETag of the clause being replaced.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            JsonNode body) {
        return clauses.replace(id, ordinal(ordinal), body, ifMatch, curator.actor());
    }

    @PATCH
    @Path("/{id}/clauses/{ordinal}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "patchAgreementClause", summary = "Edit a clause",
            description = "A JSON merge patch (RFC 7396) over the clause in the form POST takes. Requires If-Match with the clause's ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, example = "{\"type\": \"consultation\"}")))
    @APIResponse(responseCode = "200", description = "The edited clause.")
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public ClauseDto patchClause(
            @Parameter(description = AGREEMENT_ID, example = AGREEMENT_EXAMPLE) @PathParam("id") String id,
            @Parameter(description = ORDINAL, example = "1") @PathParam("ordinal") String ordinal,
            @Parameter(description = "ETag of the clause being edited.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
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
            @Parameter(description = AGREEMENT_ID, example = AGREEMENT_EXAMPLE) @PathParam("id") String id,
            @Parameter(description = ORDINAL, example = "1") @PathParam("ordinal") String ordinal,
            @Parameter(description = "ETag of the clause being deleted.") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
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

    /** The body of a create, as the contract documents it; the editor reads the JSON itself. */
    @Schema(name = "NewAgreement", description = "An agreement in fact-bundle form, and the document holding its evidence.")
    public record NewAgreement(
            @Schema(required = true, description = InDocument.DESCRIPTION, example = "ru-kp-treaty-2024") String document,
            @JsonUnwrapped AgreementEntry agreement) {
    }
}

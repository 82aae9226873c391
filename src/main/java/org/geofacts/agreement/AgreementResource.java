package org.geofacts.agreement;

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
import org.geofacts.country.CountryRepository;
import org.geofacts.dataset.Vocabulary;

@Path("/agreements")
@Tag(name = "agreements")
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {

    private final AgreementService service;
    private final CountryRepository countries;

    public AgreementResource(AgreementService service, CountryRepository countries) {
        this.service = service;
        this.countries = countries;
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
        int number;
        try {
            number = Integer.parseInt(ordinal);
        } catch (NumberFormatException e) {
            throw ProblemException.invalidParameter("ordinal", "must be a positive integer");
        }
        if (number < 1) {
            throw ProblemException.invalidParameter("ordinal", "must be a positive integer");
        }
        return service.clause(id, number);
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
}

package org.geofacts.claim;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.geofacts.bundle.FactBundle.ClaimEntry;
import org.geofacts.bundle.Vocabulary;
import org.geofacts.editing.FactEditor;
import org.geofacts.editing.InDocument;
import org.geofacts.paging.Page;
import org.geofacts.paging.PageRequest;
import org.geofacts.linkeddata.JsonLd;
import org.geofacts.paging.PageParameters;
import org.geofacts.web.Params;
import org.geofacts.web.ProblemException;
import org.geofacts.writeapi.FactWriteResource;
import org.geofacts.writes.CurrentCurator;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

@Path("/claims")
@Tag(name = "claims")
@Produces({MediaType.APPLICATION_JSON, JsonLd.MEDIA_TYPE})
public class ClaimResource extends FactWriteResource<ClaimDto> {

    private final ClaimService service;
    private final ActorResolver actors;

    public ClaimResource(ClaimService service, ActorResolver actors, ClaimKind form, FactEditor editor, CurrentCurator curator) {
        super(form, editor, curator, Deletion.PLAIN);
        this.service = service;
        this.actors = actors;
    }

    @GET
    @Operation(operationId = "listClaims", summary = "List claims",
            description = "Claims with their claimants, subjects and evidence, ordered by id. `claimant` and `subject` accept "
                    + "a country code (alpha-2, alpha-3 or Wikidata QID), a person or organization id, or any alias of one "
                    + "(`Washington` finds the United States). `q` is full-text search over the statement in its language "
                    + "and in English.")
    @APIResponse(responseCode = "200", description = "A page of claims.")
    public Page<ClaimDto> list(
            @Parameter(description = "Who makes the claim: a code, id or alias.", example = "US") @QueryParam("claimant") String claimant,
            @Parameter(description = "Who the claim is about: a code, id or alias.", example = "KP") @QueryParam("subject") String subject,
            @Parameter(description = "Claim category.", example = "arms_control") @QueryParam("category") String category,
            @Parameter(description = "How the claim is put.", example = "alleged") @QueryParam("modality") String modality,
            @Parameter(description = "Only claims from this document.", example = "ru-kp-treaty-2024") @QueryParam("document") String document,
            @Parameter(description = "Full-text query (web-search syntax) in Indonesian or English.", example = "senjata") @QueryParam("q") String q,
            @BeanParam PageParameters paging) {
        PageRequest page = paging.request();
        String claimantName = Params.text("claimant", claimant);
        String subjectName = Params.text("subject", subject);
        ClaimFilter filter = new ClaimFilter(
                claimantName == null ? null : actors.resolve(claimantName),
                subjectName == null ? null : actors.resolve(subjectName),
                Params.oneOf("category", category, Vocabulary.CLAIM_CATEGORIES),
                Params.oneOf("modality", modality, Vocabulary.MODALITIES),
                Params.text("document", document),
                Params.text("q", q));
        return service.list(filter, page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getClaim", summary = "Get a claim", description = "One claim with its claimants, subjects and evidence.")
    @APIResponse(responseCode = "200", description = "The claim.")
    public ClaimDto get(@Parameter(description = "Claim id.", example = "claim-us-kr-kp-arms-to-russia") @PathParam("id") String id) {
        return service.get(id).orElseThrow(() -> ProblemException.notFound("claim", id));
    }

    /** The body of a create, as the contract documents it; the editor reads the JSON itself. */
    @Schema(name = "NewClaim", description = "A claim in fact-bundle form, and the document holding its evidence.")
    public record NewClaim(
            @Schema(required = true, description = InDocument.DESCRIPTION, example = "ru-kp-treaty-2024") String document,
            @JsonUnwrapped ClaimEntry claim) {
    }
}

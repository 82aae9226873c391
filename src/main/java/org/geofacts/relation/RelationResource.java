package org.geofacts.relation;

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
import org.geofacts.bundle.FactBundle.RelationEntry;
import org.geofacts.bundle.Vocabulary;
import org.geofacts.editing.FactEditor;
import org.geofacts.editing.InDocument;
import org.geofacts.paging.Page;
import org.geofacts.paging.PageParameters;
import org.geofacts.web.Params;
import org.geofacts.web.ProblemException;
import org.geofacts.writeapi.FactWriteResource;
import org.geofacts.writes.CurrentCurator;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

@Path("/relations")
@Tag(name = "relations")
@Produces(MediaType.APPLICATION_JSON)
public class RelationResource extends FactWriteResource<RelationDto> {

    private final RelationService service;

    public RelationResource(RelationService service, RelationKind form, FactEditor editor, CurrentCurator curator) {
        super(form, editor, curator, Deletion.PLAIN);
        this.service = service;
    }

    @GET
    @Operation(operationId = "listRelations", summary = "List relations between countries",
            description = "Directed relations ordered by id. `country` matches either end; with `with` as well, only relations "
                    + "between the two (in either direction) are listed, so `?country=RU&with=KP&kind=alliance` answers "
                    + "\"are Russia and North Korea allies?\" with the evidence. Both take any country code or name.")
    @APIResponse(responseCode = "200", description = "A page of relations.")
    public Page<RelationDto> list(
            @Parameter(description = "One end: country code (alpha-2, alpha-3, QID) or name.", example = "RU") @QueryParam("country") String country,
            @Parameter(description = "The other end.", example = "KP") @QueryParam("with") String with,
            @Parameter(description = "Kind of relation.", example = "alliance") @QueryParam("kind") String kind,
            @BeanParam PageParameters paging) {
        return service.list(Params.text("country", country), Params.text("with", with),
                Params.oneOf("kind", kind, Vocabulary.RELATION_KINDS), paging.request());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRelation", summary = "Get a relation", description = "One relation with its evidence.")
    @APIResponse(responseCode = "200", description = "The relation.")
    public RelationDto get(@Parameter(description = "Relation id.", example = "rel-ru-kp-alliance") @PathParam("id") String id) {
        return service.get(id).orElseThrow(() -> ProblemException.notFound("relation", id));
    }

    /** The body of a create, as the contract documents it; the editor reads the JSON itself. */
    @Schema(name = "NewRelation", description = "A relation in fact-bundle form, and the document holding its evidence.")
    public record NewRelation(
            @Schema(required = true, description = InDocument.DESCRIPTION, example = "ru-kp-treaty-2024") String document,
            @JsonUnwrapped RelationEntry relation) {
    }
}

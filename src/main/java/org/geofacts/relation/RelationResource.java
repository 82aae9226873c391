package org.geofacts.relation;

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.geofacts.common.Curators;
import org.geofacts.common.Page;
import org.geofacts.common.PageRequest;
import org.geofacts.common.Params;
import org.geofacts.common.ProblemException;
import org.geofacts.dataset.Vocabulary;

import io.quarkus.security.identity.SecurityIdentity;

@Path("/relations")
@Tag(name = "relations")
@Produces(MediaType.APPLICATION_JSON)
public class RelationResource {

    private final RelationService service;
    private final SecurityIdentity identity;

    public RelationResource(RelationService service, SecurityIdentity identity) {
        this.service = service;
        this.identity = identity;
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

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "deleteRelation", summary = "Delete a relation",
            description = "Deletes the relation and its evidence. Requires If-Match with the ETag of the last GET.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(
            @Parameter(description = "Relation id.", example = "rel-ru-ua-war") @PathParam("id") String id,
            @Parameter(description = "ETag of the version being deleted.", example = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"") @HeaderParam("If-Match") String ifMatch) {
        service.delete(id, ifMatch, Curators.actor(identity.getPrincipal().getName()));
    }

    /** The page as named in the OpenAPI document. */
    @Schema(name = "RelationPage")
    public record RelationPage(
            @Schema(required = true) List<RelationDto> items,
            @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor,
            @Schema(required = true) int limit) {
    }
}

package org.geofacts.dataset;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.geofacts.writes.Curators;
import org.geofacts.writes.CurrentCurator;
import org.geofacts.web.Problem;

import com.fasterxml.jackson.databind.JsonNode;
import org.geofacts.bundle.ImportMode;
import org.geofacts.bundle.ImportReport;
import org.geofacts.web.Params;

@Path("/imports")
@Tag(name = "imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ImportResource {

    private final ImportService service;
    private final CurrentCurator curator;

    public ImportResource(ImportService service, CurrentCurator curator) {
        this.service = service;
        this.curator = curator;
    }

    @POST
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "importBundle", summary = "Import a fact bundle",
            description = "Imports the facts of one stored document, in the bundle format of the bundled dataset (JSON Schema at "
                    + "/schemas/fact-bundle.schema.json; `document.id` names the stored document). The whole bundle is validated "
                    + "first and written in one transaction: unchanged facts are left alone, changed ones rewritten, facts of that "
                    + "document the bundle no longer has are deleted, unless `mode=add`. On any problem nothing is written and the 422 "
                    + "lists them all.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.OBJECT,
                    description = "A fact bundle; see /schemas/fact-bundle.schema.json.")))
    @APIResponse(responseCode = "200", description = "What the import created, updated, left unchanged and deleted, per kind.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReportSchema.class)))
    @APIResponse(responseCode = "422", description = "The bundle is invalid; `errors` has one entry per problem, `field` a JSON pointer.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "400", description = "`mode` is neither `replace` nor `add`, or the body is no JSON object.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ImportReport importBundle(
            @Parameter(description = "`replace` (default): the bundle is the whole truth about its document, and its facts the "
                    + "bundle lacks are deleted. `add`: the bundle's facts are written and nothing is deleted, as when a proposal "
                    + "from POST /documents/{id}/extractions is added to a document curators already wrote facts for.",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                            enumeration = { "replace", "add" }, defaultValue = "replace"), example = "replace")
            @QueryParam("mode") String mode, JsonNode bundle) {
        return service.importBundle(bundle, curator.actor(), modeOf(mode));
    }

    private static ImportMode modeOf(String mode) {
        String given = Params.oneOf("mode", mode, MODES.keySet());
        return given == null ? ImportMode.REPLACE : MODES.get(given);
    }

    private static final java.util.Map<String, ImportMode> MODES = java.util.Map.of("replace", ImportMode.REPLACE, "add", ImportMode.ADD);

    /** The report as documented: counts keyed by kind of fact. */
    @Schema(name = "ImportReport")
    public record ImportReportSchema(
            @Schema(required = true, example = "ru-kp-treaty-2024") String documentId,
            @Schema(required = true, additionalProperties = ImportCountsSchema.class,
                    description = "Per kind (documents, countries, people, organizations, agreements, claims, quotes, relations).")
            java.util.Map<String, ImportCountsSchema> counts) {
    }

    @Schema(name = "ImportCounts")
    public record ImportCountsSchema(
            @Schema(required = true) int created,
            @Schema(required = true) int updated,
            @Schema(required = true) int unchanged,
            @Schema(required = true) int deleted) {
    }
}

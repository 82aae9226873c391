package org.geofacts.document;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.geofacts.writes.Curators;
import org.geofacts.writes.CurrentCurator;
import org.geofacts.paging.Page;
import org.geofacts.paging.PageParameters;
import org.geofacts.web.Problem;
import org.geofacts.web.ProblemException;

@Path("/documents")
@Tag(name = "documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private final DocumentService service;
    private final CurrentCurator curator;

    public DocumentResource(DocumentService service, CurrentCurator curator) {
        this.service = service;
        this.curator = curator;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "createDocument", summary = "Store a new document",
            description = "Stores a source text verbatim with its SHA-256. Facts for it are then added with POST /imports. "
                    + "The same text twice is refused with 409 naming the stored document.")
    @APIResponse(responseCode = "201", description = "Stored; Location names the new document.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentDto.class)))
    @APIResponse(responseCode = "409", description = "The id is taken, or the same text is already stored.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@Valid @NotNull DocumentInput input, @Context UriInfo uri) {
        DocumentDto created = service.create(input, curator.actor());
        return Response.created(uri.getBaseUriBuilder().path("documents").path(created.id()).build()).entity(created).build();
    }

    @GET
    @Operation(operationId = "listDocuments", summary = "List documents", description = "Stored source documents (metadata and checksum, without text), ordered by id.")
    @APIResponse(responseCode = "200", description = "A page of documents.")
    public Page<DocumentDto> list(@BeanParam PageParameters paging) {
        return service.list(paging.request());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getDocument", summary = "Get a document", description = "Metadata, SHA-256 and the full verbatim text that evidence offsets point into.")
    @APIResponse(responseCode = "200", description = "The document with its text.")
    public DocumentDto get(@Parameter(description = "Document id.", example = "ru-kp-treaty-2024") @PathParam("id") String id) {
        return service.get(id).orElseThrow(() -> ProblemException.notFound("document", id));
    }
}

package org.geofacts.writeapi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.geofacts.editing.FactEditor;
import org.geofacts.bundle.FactKind;
import org.geofacts.web.MergePatch;
import org.geofacts.web.Params;
import org.geofacts.writes.Curators;
import org.geofacts.writes.CurrentCurator;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The curators' writes every kind of fact offers, written once: POST on the collection, PUT, PATCH and DELETE on a member,
 * each through {@link FactEditor}, so a single fact is checked exactly as an import would check it. A kind's resource
 * extends this with its form and inherits these methods under its own {@code @Path}.
 *
 * <p>Annotations cannot vary by subclass, so what differs between kinds in the contract (operation ids, summaries, body
 * schemas and examples, the {@code cascade} parameter) is filled in per path by {@code org.geofacts.openapi.FactWriteDocs}.
 */
public abstract class FactWriteResource<D> {

    /** Whether DELETE offers {@code ?cascade=true}: only for kinds other facts refer to. */
    public enum Deletion {
        CASCADE_ON_REQUEST,
        PLAIN
    }

    private final FactKind<?, ?, D> form;
    private final FactEditor editor;
    private final CurrentCurator curator;
    private final Deletion deletion;

    protected FactWriteResource(FactKind<?, ?, D> form, FactEditor editor, CurrentCurator curator, Deletion deletion) {
        this.form = form;
        this.editor = editor;
        this.curator = curator;
        this.deletion = deletion;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @APIResponse(responseCode = "201", description = "Added; Location names the new fact.")
    @APIResponse(responseCode = "409", ref = "AlreadyExists")
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public Response create(JsonNode body, @Context UriInfo uri) {
        FactEditor.Written<D> created = editor.create(form, body, curator.actor());
        // The request went to the collection, so the new member is its path plus the id.
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build())
                .entity(created.representation()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @APIResponse(responseCode = "200", description = "The replaced fact.")
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public D replace(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode body) {
        return editor.replace(form, id, body, ifMatch, curator.actor());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @APIResponse(responseCode = "200", description = "The edited fact.")
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public D patch(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, JsonNode patch) {
        return editor.patch(form, id, patch, ifMatch, curator.actor());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(@PathParam("id") String id, @QueryParam("cascade") String cascade,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        // Kinds nothing refers to ignore the parameter, as an unknown one, rather than reject a malformed value.
        boolean cascading = deletion == Deletion.CASCADE_ON_REQUEST && Params.flag("cascade", cascade);
        editor.delete(form, id, ifMatch, cascading, curator.actor());
    }
}

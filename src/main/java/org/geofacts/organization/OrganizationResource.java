package org.geofacts.organization;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.geofacts.editing.FactEditor;
import org.geofacts.paging.Page;
import org.geofacts.paging.PageParameters;
import org.geofacts.web.ProblemException;
import org.geofacts.writeapi.FactWriteResource;
import org.geofacts.writes.CurrentCurator;

@Path("/organizations")
@Tag(name = "organizations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource extends FactWriteResource<OrganizationDto> {

    private final OrganizationService service;

    public OrganizationResource(OrganizationService service, OrganizationKind form, FactEditor editor, CurrentCurator curator) {
        super(form, editor, curator, Deletion.CASCADE_ON_REQUEST);
        this.service = service;
    }

    @GET
    @Operation(operationId = "listOrganizations", summary = "List organizations", description = "Organizations ordered by id.")
    @APIResponse(responseCode = "200", description = "A page of organizations.")
    public Page<OrganizationDto> list(@BeanParam PageParameters paging) {
        return service.list(paging.request());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOrganization", summary = "Get an organization", description = "One organization with kind and aliases.")
    @APIResponse(responseCode = "200", description = "The organization.")
    public OrganizationDto get(@Parameter(description = "Organization id.", example = "nato") @PathParam("id") String id) {
        return service.get(id).orElseThrow(() -> ProblemException.notFound("organization", id));
    }
}

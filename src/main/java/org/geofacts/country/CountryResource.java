package org.geofacts.country;

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
import org.geofacts.linkeddata.JsonLd;
import org.geofacts.paging.PageParameters;
import org.geofacts.web.ProblemException;
import org.geofacts.writeapi.FactWriteResource;
import org.geofacts.writes.CurrentCurator;

/** Countries; the writes, inherited, address a country by any of its codes too (the contract calls it {code} there). */
@Path("/countries")
@Tag(name = "countries")
@Produces({MediaType.APPLICATION_JSON, JsonLd.MEDIA_TYPE})
public class CountryResource extends FactWriteResource<CountryDto> {

    private final CountryService service;

    public CountryResource(CountryService service, CountryKind form, FactEditor editor, CurrentCurator curator) {
        super(form, editor, curator, Deletion.CASCADE_ON_REQUEST);
        this.service = service;
    }

    @GET
    @Operation(operationId = "listCountries", summary = "List countries", description = "Countries ordered by alpha-2 code, with every name form the sources use.")
    @APIResponse(responseCode = "200", description = "A page of countries.")
    public Page<CountryDto> list(@BeanParam PageParameters paging) {
        return service.list(paging.request());
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getCountry", summary = "Get a country",
            description = "`code` is ISO 3166-1 alpha-2 (`KP`), alpha-3 (`PRK`) or a Wikidata QID (`Q423`), in any letter case. "
                    + "The answer always uses alpha-2 as the id.")
    @APIResponse(responseCode = "200", description = "The country.")
    public CountryDto get(@Parameter(description = "Alpha-2, alpha-3 or Wikidata QID.", example = "prk") @PathParam("code") String code) {
        return service.get(code).orElseThrow(() -> ProblemException.notFound("country", code));
    }
}

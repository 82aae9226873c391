package org.geofacts.country;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.geofacts.common.JsonLd;
import org.geofacts.common.Page;
import org.geofacts.common.PageRequest;
import org.geofacts.common.ProblemException;

@Path("/countries")
@Tag(name = "countries")
@Produces({MediaType.APPLICATION_JSON, JsonLd.MEDIA_TYPE})
public class CountryResource {

    private final CountryService service;

    public CountryResource(CountryService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listCountries", summary = "List countries", description = "Countries ordered by alpha-2 code, with every name form the sources use.")
    @APIResponse(responseCode = "200", description = "A page of countries.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountryPage.class)),
            @Content(mediaType = JsonLd.MEDIA_TYPE, schema = @Schema(implementation = JsonLd.Document.class))})
    public Response list(
            @Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") String limit,
            @Parameter(description = "The next_cursor of the previous page.", example = "djE6Y2xhaW0tdXMta3Itay1hcm1zLXRvLXJ1c3NpYQ") @QueryParam("cursor") String cursor,
            @Context HttpHeaders headers) {
        PageRequest page = PageRequest.of(limit, cursor);
        Page<CountryDto> result = service.list(page);
        if (JsonLd.wanted(headers)) {
            return Response.ok(JsonLd.list(result.items().stream().map(CountryResource::linkedData).toList(),
                    result.nextCursor()), JsonLd.TYPE).build();
        }
        return Response.ok(result, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getCountry", summary = "Get a country",
            description = "`code` is ISO 3166-1 alpha-2 (`KP`), alpha-3 (`PRK`) or a Wikidata QID (`Q423`), in any letter case. "
                    + "The answer always uses alpha-2 as the id.")
    @APIResponse(responseCode = "200", description = "The country.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountryDto.class)),
            @Content(mediaType = JsonLd.MEDIA_TYPE, schema = @Schema(implementation = JsonLd.Document.class))})
    public Response get(
            @Parameter(description = "Alpha-2, alpha-3 or Wikidata QID.", example = "prk") @PathParam("code") String code,
            @Context HttpHeaders headers) {
        CountryDto country = service.get(code)
                .orElseThrow(() -> ProblemException.notFound("country", code));
        if (JsonLd.wanted(headers)) {
            return Response.ok(JsonLd.document(linkedData(country)), JsonLd.TYPE).build();
        }
        return Response.ok(country, MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** A country as a schema.org Country. */
    private static Map<String, Object> linkedData(CountryDto country) {
        Map<String, Object> node = JsonLd.node("Country", "/countries/" + country.code());
        node.put("identifier", country.code());
        node.put("name", country.nameEn());
        node.put("alternateName", country.aliases());
        if (country.wikidataQid() != null) {
            node.put("sameAs", "https://www.wikidata.org/wiki/" + country.wikidataQid());
        }
        return node;
    }

    /** The JSON page as documented in OpenAPI (the method returns a Response to negotiate JSON-LD). */
    @Schema(name = "CountryPage")
    public record CountryPage(
            @Schema(required = true) List<CountryDto> items,
            @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor,
            @Schema(required = true) int limit) {
    }
}

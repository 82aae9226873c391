package org.geofacts.country;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.geofacts.writes.Curators;
import org.geofacts.writes.CurrentCurator;
import org.geofacts.web.MergePatch;
import org.geofacts.web.Params;
import org.geofacts.editing.FactEditor;
import com.fasterxml.jackson.databind.JsonNode;
import org.geofacts.bundle.FactBundle.CountryEntry;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.geofacts.web.JsonLd;
import org.geofacts.paging.Page;
import org.geofacts.paging.PageRequest;
import org.geofacts.web.ProblemException;

@Path("/countries")
@Tag(name = "countries")
@Produces({MediaType.APPLICATION_JSON, JsonLd.MEDIA_TYPE})
public class CountryResource {

    private final CountryService service;
    private final CountryKind form;
    private final FactEditor editor;
    private final CurrentCurator curator;

    public CountryResource(CountryService service, CountryKind form, FactEditor editor, CurrentCurator curator) {
        this.service = service;
        this.form = form;
        this.editor = editor;
        this.curator = curator;
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

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "createCountry", summary = "Add a country",
            description = "The country in its fact-bundle form (as in POST /imports). Its names become aliases too, so filters "
                    + "by any name form find it.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountryEntry.class),
            examples = @ExampleObject(name = "example", value = "{\"code\": \"MN\", \"alpha3\": \"MNG\", \"wikidata\": \"Q711\", "
                    + "\"name_en\": \"Mongolia\", \"name_id\": \"Mongolia\", \"aliases\": [\"Ulaanbaatar\"]}")))
    @APIResponse(responseCode = "201", description = "Added; Location names the new country.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountryDto.class)))
    @APIResponse(responseCode = "409", ref = "AlreadyExists")
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public Response create(JsonNode body, @Context UriInfo uri) {
        FactEditor.Written<CountryDto> created = editor.create(form, body, curator.actor());
        return Response.created(uri.getBaseUriBuilder().path("countries").path(created.id()).build())
                .entity(created.representation()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "replaceCountry", summary = "Replace a country",
            description = "Replaces the whole country with the body, in the form POST takes; members left out are cleared. The id may be "
                    + "left out but not changed. Requires If-Match with the ETag of the last GET; the answer carries the new ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountryEntry.class),
            examples = @ExampleObject(name = "example", value = "{\"alpha3\": \"MNG\", \"wikidata\": \"Q711\", \"name_en\": \"Mongolia\", "
                    + "\"name_id\": \"Mongolia\", \"aliases\": [\"Ulaanbaatar\"]}")))
    @APIResponse(responseCode = "200", description = "The replaced country.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountryDto.class)))
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public CountryDto replace(
            @Parameter(description = "Alpha-2, alpha-3 or Wikidata QID.", example = "MN") @PathParam("code") String code,
            @Parameter(description = "ETag of the version being replaced.", example = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"") @HeaderParam("If-Match") String ifMatch,
            JsonNode body) {
        return editor.replace(form, code, body, ifMatch, curator.actor());
    }

    @PATCH
    @Path("/{code}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "patchCountry", summary = "Edit a country",
            description = "A JSON merge patch (RFC 7396) over the country in the form POST takes: members given replace, null removes. "
                    + "Requires If-Match with the ETag of the last GET; the answer carries the new ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, example = "{\"aliases\": [\"Ulaanbaatar\", \"Ulan Bator\"]}")))
    @APIResponse(responseCode = "200", description = "The edited country.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountryDto.class)))
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public CountryDto patch(
            @Parameter(description = "Alpha-2, alpha-3 or Wikidata QID.", example = "MN") @PathParam("code") String code,
            @Parameter(description = "ETag of the version being edited.", example = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"") @HeaderParam("If-Match") String ifMatch,
            JsonNode patch) {
        return editor.patch(form, code, patch, ifMatch, curator.actor());
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "deleteCountry", summary = "Delete a country",
            description = "Deletes the country. If facts refer to it, 409 names them, unless cascade=true: then the agreements "
                    + "it is a party to, the claims it is an actor of and the relations it is an end of are deleted too, "
                    + "and people keep standing with their country cleared. Requires If-Match with the ETag of the last "
                    + "GET.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "409", ref = "StillReferenced")
    public void delete(
            @Parameter(description = "Alpha-2, alpha-3 or Wikidata QID.", example = "MN") @PathParam("code") String code,
            @Parameter(description = "Also delete the facts that cannot stand without this country and clear optional references to it; "
                    + "without it, a country other facts refer to is not deleted (409).", example = "false") @QueryParam("cascade") String cascade,
            @Parameter(description = "ETag of the version being deleted.", example = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"") @HeaderParam("If-Match") String ifMatch) {
        editor.delete(form, code, ifMatch, Params.flag("cascade", cascade), curator.actor());
    }

    /** The JSON page as documented in OpenAPI (the method returns a Response to negotiate JSON-LD). */
    @Schema(name = "CountryPage")
    public record CountryPage(
            @Schema(required = true) List<CountryDto> items,
            @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor,
            @Schema(required = true) int limit) {
    }
}

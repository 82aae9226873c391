package org.geofacts.quote;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.core.UriInfo;
import org.geofacts.editing.FactEditor;
import org.geofacts.bundle.FactBundle.QuoteEntry;
import org.geofacts.editing.InDocument;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.geofacts.writes.Curators;
import org.geofacts.writes.CurrentCurator;
import org.geofacts.web.JsonLd;
import org.geofacts.web.MergePatch;
import org.geofacts.paging.Page;
import org.geofacts.paging.PageRequest;
import org.geofacts.web.Params;
import org.geofacts.web.ProblemException;

import com.fasterxml.jackson.databind.JsonNode;

@Path("/quotes")
@Tag(name = "quotes")
@Produces({MediaType.APPLICATION_JSON, JsonLd.MEDIA_TYPE})
public class QuoteResource {

    private final QuoteService service;
    private final QuoteKind form;
    private final FactEditor editor;
    private final CurrentCurator curator;

    public QuoteResource(QuoteService service, QuoteKind form, FactEditor editor, CurrentCurator curator) {
        this.service = service;
        this.form = form;
        this.editor = editor;
        this.curator = curator;
    }

    @GET
    @Operation(operationId = "listQuotes", summary = "List quotes",
            description = "Quotes with speaker, translation and evidence, ordered by id. `speaker` takes a person id or any "
                    + "alias or spelling of the name, case- and accent-insensitive: `Putin`, `vladimir putin` and "
                    + "`Kim Jong-un` all work. A speaker nobody matches gives an empty page, not an error.")
    @APIResponse(responseCode = "200", description = "A page of quotes.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuotePage.class)),
            @Content(mediaType = JsonLd.MEDIA_TYPE, schema = @Schema(implementation = JsonLd.Document.class))})
    public Response list(
            @Parameter(description = "Person id or any alias or spelling of the speaker.", example = "Putin") @QueryParam("speaker") String speaker,
            @Parameter(description = "Only quotes about this agreement (id).", example = "ru-kp-comprehensive-strategic-partnership-2024") @QueryParam("about") String about,
            @Parameter(description = "Only quotes from this document.", example = "ru-kp-treaty-2024") @QueryParam("document") String document,
            @Parameter(description = "Language of the original words (BCP 47).", example = "id") @QueryParam("lang") String lang,
            @Parameter(description = "Full-text query over the original and the translation.", example = "multipolar") @QueryParam("q") String q,
            @Parameter(description = "Page size, 1 to 100.", example = "20") @QueryParam("limit") String limit,
            @Parameter(description = "The next_cursor of the previous page.", example = "djE6Y2xhaW0tdXMta3Itay1hcm1zLXRvLXJ1c3NpYQ") @QueryParam("cursor") String cursor,
            @Context HttpHeaders headers) {
        PageRequest page = PageRequest.of(limit, cursor);
        Page<QuoteDto> result = service.list(Params.text("speaker", speaker), Params.text("about", about),
                Params.text("document", document), Params.text("lang", lang), Params.text("q", q), page);
        if (JsonLd.wanted(headers)) {
            return Response.ok(JsonLd.list(result.items().stream().map(QuoteLinkedData::of).toList(), result.nextCursor()),
                    JsonLd.TYPE).build();
        }
        return Response.ok(result, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getQuote", summary = "Get a quote", description = "One quote with its speaker, translation and evidence.")
    @APIResponse(responseCode = "200", description = "The quote.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteDto.class)),
            @Content(mediaType = JsonLd.MEDIA_TYPE, schema = @Schema(implementation = JsonLd.Document.class))})
    public Response get(
            @Parameter(description = "Quote id.", example = "quote-putin-mutual-assistance") @PathParam("id") String id,
            @Context HttpHeaders headers) {
        QuoteDto quote = service.get(id).orElseThrow(() -> ProblemException.notFound("quote", id));
        if (JsonLd.wanted(headers)) {
            return Response.ok(JsonLd.document(QuoteLinkedData.of(quote)), JsonLd.TYPE).build();
        }
        return Response.ok(quote, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "createQuote", summary = "Add a quote",
            description = "The quote in its fact-bundle form (as in POST /imports) with `document` naming the stored document "
                    + "whose text holds its evidence. Its `text` is its evidence: located in the document verbatim (with "
                    + "`occurrence` when it repeats).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NewQuote.class),
            examples = @ExampleObject(name = "example", value = "{\"document\": \"ru-kp-treaty-2024\", \"id\": \"quote-putin-military-technical\", "
                    + "\"speaker\": \"vladimir-putin\", \"text\": \"kerja sama militer-teknis\", "
                    + "\"text_en\": \"military-technical cooperation\", \"kind\": \"partial\"}")))
    @APIResponse(responseCode = "201", description = "Added; Location names the new quote.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteDto.class)))
    @APIResponse(responseCode = "409", ref = "AlreadyExists")
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public Response create(JsonNode body, @Context UriInfo uri) {
        FactEditor.Written<QuoteDto> created = editor.create(form, body, curator.actor());
        return Response.created(uri.getBaseUriBuilder().path("quotes").path(created.id()).build())
                .entity(created.representation()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "replaceQuote", summary = "Replace a quote",
            description = "Replaces the whole quote with the body, in the form POST takes; members left out are cleared. The id may be "
                    + "left out but not changed. Requires If-Match with the ETag of the last GET; the answer carries the new ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteEntry.class),
            examples = @ExampleObject(name = "example", value = "{\"speaker\": \"vladimir-putin\", \"text\": \"kerja sama militer-teknis\", "
                    + "\"text_en\": \"military-technical cooperation\", \"kind\": \"partial\"}")))
    @APIResponse(responseCode = "200", description = "The replaced quote.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteDto.class)))
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public QuoteDto replace(
            @Parameter(description = "Quote id.", example = "quote-putin-hostile") @PathParam("id") String id,
            @Parameter(description = "ETag of the version being replaced.", example = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"") @HeaderParam("If-Match") String ifMatch,
            JsonNode body) {
        return editor.replace(form, id, body, ifMatch, curator.actor());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MergePatch.MEDIA_TYPE)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "patchQuote", summary = "Edit a quote",
            description = "A JSON merge patch (RFC 7396) over the quote in the form POST takes: members given replace, null removes. "
                    + "Requires If-Match with the ETag of the last GET; the answer carries the new ETag.")
    @RequestBody(required = true, content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, example = "{\"text_en\": \"hostile\"}")))
    @APIResponse(responseCode = "200", description = "The edited quote.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuoteDto.class)))
    @APIResponse(responseCode = "422", ref = "InvalidEdit")
    public QuoteDto patch(
            @Parameter(description = "Quote id.", example = "quote-putin-hostile") @PathParam("id") String id,
            @Parameter(description = "ETag of the version being edited.", example = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"") @HeaderParam("If-Match") String ifMatch,
            JsonNode patch) {
        return editor.patch(form, id, patch, ifMatch, curator.actor());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "deleteQuote", summary = "Delete a quote",
            description = "Deletes the quote with its evidence. Requires If-Match with the ETag of the last GET.")
    @APIResponse(responseCode = "204", description = "Deleted.")
    public void delete(
            @Parameter(description = "Quote id.", example = "quote-putin-hostile") @PathParam("id") String id,
            @Parameter(description = "ETag of the version being deleted.", example = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"") @HeaderParam("If-Match") String ifMatch) {
        editor.delete(form, id, ifMatch, false, curator.actor());
    }

    /** The JSON page as documented in OpenAPI (the method returns a Response to negotiate JSON-LD). */
    @Schema(name = "QuotePage")
    public record QuotePage(
            @Schema(required = true) List<QuoteDto> items,
            @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor,
            @Schema(required = true) int limit) {
    }

    /** The body of a create, as the contract documents it; the editor reads the JSON itself. */
    @Schema(name = "NewQuote", description = "A quote in fact-bundle form, and the document holding its evidence.")
    public record NewQuote(
            @Schema(required = true, description = InDocument.DESCRIPTION, example = "ru-kp-treaty-2024") String document,
            @JsonUnwrapped QuoteEntry quote) {
    }
}

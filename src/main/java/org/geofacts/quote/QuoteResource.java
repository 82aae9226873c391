package org.geofacts.quote;

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
import org.geofacts.bundle.FactBundle.QuoteEntry;
import org.geofacts.editing.FactEditor;
import org.geofacts.editing.InDocument;
import org.geofacts.paging.Page;
import org.geofacts.paging.PageRequest;
import org.geofacts.linkeddata.JsonLd;
import org.geofacts.paging.PageParameters;
import org.geofacts.web.Params;
import org.geofacts.web.ProblemException;
import org.geofacts.writeapi.FactWriteResource;
import org.geofacts.writes.CurrentCurator;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

@Path("/quotes")
@Tag(name = "quotes")
@Produces({MediaType.APPLICATION_JSON, JsonLd.MEDIA_TYPE})
public class QuoteResource extends FactWriteResource<QuoteDto> {

    private final QuoteService service;

    public QuoteResource(QuoteService service, QuoteKind form, FactEditor editor, CurrentCurator curator) {
        super(form, editor, curator, Deletion.PLAIN);
        this.service = service;
    }

    @GET
    @Operation(operationId = "listQuotes", summary = "List quotes",
            description = "Quotes with speaker, translation and evidence, ordered by id. `speaker` takes a person id or any "
                    + "alias or spelling of the name, case- and accent-insensitive: `Putin`, `vladimir putin` and "
                    + "`Kim Jong-un` all work. A speaker nobody matches gives an empty page, not an error.")
    @APIResponse(responseCode = "200", description = "A page of quotes.")
    public Page<QuoteDto> list(
            @Parameter(description = "Person id or any alias or spelling of the speaker.", example = "Putin") @QueryParam("speaker") String speaker,
            @Parameter(description = "Only quotes about this agreement (id).", example = "ru-kp-comprehensive-strategic-partnership-2024") @QueryParam("about") String about,
            @Parameter(description = "Only quotes from this document.", example = "ru-kp-treaty-2024") @QueryParam("document") String document,
            @Parameter(description = "Language of the original words (BCP 47).", example = "id") @QueryParam("lang") String lang,
            @Parameter(description = "Full-text query over the original and the translation.", example = "bantuan") @QueryParam("q") String q,
            @BeanParam PageParameters paging) {
        PageRequest page = paging.request();
        return service.list(Params.text("speaker", speaker), Params.text("about", about),
                Params.text("document", document), Params.text("lang", lang), Params.text("q", q), page);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getQuote", summary = "Get a quote", description = "One quote with its speaker, translation and evidence.")
    @APIResponse(responseCode = "200", description = "The quote.")
    public QuoteDto get(@Parameter(description = "Quote id.", example = "quote-putin-mutual-assistance") @PathParam("id") String id) {
        return service.get(id).orElseThrow(() -> ProblemException.notFound("quote", id));
    }

    /** The body of a create, as the contract documents it; the editor reads the JSON itself. */
    @Schema(name = "NewQuote", description = "A quote in fact-bundle form, and the document holding its evidence.")
    public record NewQuote(
            @Schema(required = true, description = InDocument.DESCRIPTION, example = "ru-kp-treaty-2024") String document,
            @JsonUnwrapped QuoteEntry quote) {
    }
}

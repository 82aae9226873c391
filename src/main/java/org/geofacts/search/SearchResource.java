package org.geofacts.search;

import java.util.Arrays;
import java.util.List;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.geofacts.paging.Page;
import org.geofacts.paging.PageParameters;
import org.geofacts.web.Params;
import org.geofacts.web.ProblemException;

@Path("/search")
@Tag(name = "search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private final SearchService service;

    public SearchResource(SearchService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "search", summary = "Search claims, quotes and clauses",
            description = "One ranked full-text search (PostgreSQL, Indonesian and English stemming, web-search syntax: "
                    + "quoted phrases, `or`, `-word`). Hits are ordered by relevance and paged with a cursor. "
                    + "Relevance is ranked within a bounded window: of each type (claims, quotes, clauses), the first 1,000 matches "
                    + "the database finds in storage order, roughly the order in which facts were last written (1,000 is the default "
                    + "of the service's `GEOFACTS_SEARCH_CANDIDATES` setting). So a very common word answers as fast as a rare one; "
                    + "a query that matches more is best narrowed with more words or `types`.")
    @APIResponse(responseCode = "200", description = "A page of hits, best first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SearchPage.class)))
    public Page<SearchHit> search(
            @Parameter(description = "What to look for.", required = true, example = "sanksi") @QueryParam("q") String q,
            @Parameter(description = "Comma-separated types to search: claim, quote, clause. Default all.", example = "claim,quote") @QueryParam("types") String types,
            @BeanParam PageParameters paging) {
        String query = Params.text("q", q);
        if (query == null) {
            throw ProblemException.invalidParameter("q", "is required");
        }
        return service.search(query, parseTypes(Params.text("types", types)), paging.request());
    }

    private static List<String> parseTypes(String types) {
        if (types == null) {
            return SearchService.TYPES;
        }
        List<String> wanted = Arrays.stream(types.split(",")).map(String::trim).filter(t -> !t.isEmpty()).distinct().toList();
        if (wanted.isEmpty() || !SearchService.TYPES.containsAll(wanted)) {
            throw ProblemException.invalidParameter("types", "must be a comma-separated list of " + SearchService.TYPES);
        }
        return wanted;
    }

    /** The page as the contract names it (the generic Page of hits would be named SearchHitPage). */
    @Schema(name = "SearchPage")
    public record SearchPage(
            @Schema(required = true) List<SearchHit> items,
            @Schema(description = "Pass as `cursor` to get the next page; absent on the last page.") String nextCursor,
            @Schema(required = true) int limit) {
    }
}

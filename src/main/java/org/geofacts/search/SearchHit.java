package org.geofacts.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SearchHit", description = "One ranked match: what it is, where to get it, and a snippet with the matched words in <mark> tags.")
public record SearchHit(
        @Schema(required = true, enumeration = {"claim", "quote", "clause"}) String type,
        @Schema(required = true, description = "Id of the claim or quote; for a clause, `{agreement_id}/{ordinal}`.",
                example = "quote-kim-multipolar-world") String id,
        @Schema(required = true, description = "Path of the full fact.", example = "/quotes/quote-kim-multipolar-world") String href,
        @Schema(required = true, description = "Matched text with <mark>...</mark> around the matching words. The rest is the "
                + "source text as stored, not HTML-escaped.") String snippet,
        @Schema(required = true, description = "Relevance; higher is better.", example = "0.0759") double rank) {
}

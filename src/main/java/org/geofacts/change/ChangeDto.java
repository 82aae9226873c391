package org.geofacts.change;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Change", description = "One created, updated or deleted fact. A deletion is a tombstone: the id of what is gone.")
public record ChangeDto(
        @Schema(required = true, enumeration = {"document", "country", "person", "organization", "agreement", "clause", "claim", "quote", "relation"})
        String kind,
        @Schema(required = true, description = "The fact's id (alpha-2 code for countries, `{agreement_id}/{ordinal}` for clauses).",
                example = "quote-putin-hostile") String id,
        @Schema(required = true, enumeration = {"created", "updated", "deleted"}) String op,
        @Schema(required = true) OffsetDateTime at,
        @Schema(description = "Who made the change.", example = "curator:alice") String actor) {
}

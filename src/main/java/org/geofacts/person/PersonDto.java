package org.geofacts.person;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.geofacts.model.Refs.CountryRef;

@Schema(name = "Person")
public record PersonDto(
        @Schema(required = true, example = "kim-jong-un") String id,
        @Schema(required = true, example = "Kim Jong Un") String name,
        @Schema(example = "Supreme Leader of North Korea") String role,
        CountryRef country,
        @Schema(example = "Q56226") String wikidataQid,
        @Schema(required = true, description = "Every spelling and form the sources use for the person.") List<String> aliases,
        @Schema(required = true, description = "When the fact last changed.", example = "2026-11-25T21:04:05.123456Z")
        OffsetDateTime updatedAt) {
}

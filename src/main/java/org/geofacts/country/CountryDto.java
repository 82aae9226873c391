package org.geofacts.country;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Country")
public record CountryDto(
        @Schema(required = true, description = "ISO 3166-1 alpha-2 code; the id.", example = "KP") String code,
        @Schema(required = true, example = "PRK") String alpha3,
        @Schema(example = "Q423") String wikidataQid,
        @Schema(required = true, example = "North Korea") String nameEn,
        @Schema(required = true, example = "Korea Utara") String nameId,
        @Schema(required = true, description = "Every form the sources use for the country, metonyms included (a capital standing for its state).")
        List<String> aliases,
        @Schema(required = true, description = "When the fact last changed.", example = "2026-11-25T21:04:05.123456Z")
        OffsetDateTime updatedAt) {
}

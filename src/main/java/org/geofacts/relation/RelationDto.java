package org.geofacts.relation;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.geofacts.model.PartialDate;
import org.geofacts.model.Refs.CountryRef;
import org.geofacts.evidence.EvidenceDto;

@Schema(name = "Relation", description = "A directed relation between two countries that a document states: source → target.")
public record RelationDto(
        @Schema(required = true, example = "rel-ru-kp-alliance") String id,
        @Schema(required = true, example = "ru-kp-treaty-2024") String documentId,
        @Schema(required = true) CountryRef source,
        @Schema(required = true) CountryRef target,
        @Schema(required = true, enumeration = {"alliance", "defense_pact", "arms_supply", "war", "support", "hostility", "trade", "cooperation"})
        String kind,
        @Schema(description = "Since when, as precisely as the source says.") PartialDate since,
        @Schema(required = true) List<EvidenceDto> evidence,
        @Schema(required = true, description = "When the fact last changed.", example = "2026-11-25T21:04:05.123456Z")
        OffsetDateTime updatedAt) {
}

package org.geofacts.agreement;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.geofacts.model.PartialDate;
import org.geofacts.model.Refs.CountryRef;
import org.geofacts.evidence.EvidenceDto;

@Schema(name = "Agreement", description = "An agreement between states. Its clauses are at /agreements/{id}/clauses.")
public record AgreementDto(
        @Schema(required = true, example = "ru-kp-comprehensive-strategic-partnership-2024") String id,
        @Schema(required = true) String nameEn,
        @Schema(description = "Name in Indonesian, as the source writes it.") String nameId,
        @Schema(required = true, example = "treaty") String kind,
        @Schema(required = true, example = "signed") String status,
        @Schema(description = "When it was signed, as precisely as the source says.") PartialDate signed,
        @Schema(example = "Pyongyang") String signedPlace,
        @Schema(required = true) List<CountryRef> parties,
        @Schema(required = true, example = "4") long clauseCount,
        @Schema(required = true, example = "ru-kp-treaty-2024") String documentId,
        @Schema(required = true) List<EvidenceDto> evidence,
        @Schema(required = true, description = "When the agreement or any of its clauses last changed.",
                example = "2026-11-25T21:04:05.123456Z") OffsetDateTime updatedAt) {
}

package org.geofacts.agreement;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.geofacts.model.Refs.AgreementRef;
import org.geofacts.evidence.EvidenceDto;

@Schema(name = "Clause", description = "A provision of an agreement, typed with a vocabulary modelled on the ATOP codes.")
public record ClauseDto(
        @Schema(required = true) AgreementRef agreement,
        @Schema(required = true, example = "1") int ordinal,
        @Schema(required = true, example = "mutual_defense") String type,
        @Schema(required = true) String summaryEn,
        @Schema(required = true) List<EvidenceDto> evidence) {
}

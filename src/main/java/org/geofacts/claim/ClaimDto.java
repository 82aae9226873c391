package org.geofacts.claim;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.geofacts.model.Refs.ActorRef;
import org.geofacts.model.Refs.AgreementRef;
import org.geofacts.evidence.EvidenceDto;

@Schema(name = "Claim", description = "An assertion made by one or more actors, with the words it came from.")
public record ClaimDto(
        @Schema(required = true, example = "claim-us-kr-kp-arms-to-russia") String id,
        @Schema(required = true, example = "ru-kp-treaty-2024") String documentId,
        @Schema(required = true, description = "Who makes the claim.") List<ActorRef> claimants,
        @Schema(required = true, description = "Who or what the claim is about.") List<ActorRef> subjects,
        @Schema(required = true, description = "The assertion in the document's language.") String statement,
        @Schema(required = true, example = "id") String statementLang,
        @Schema(nullable = true, description = "English translation; absent until a curator adds it to a claim proposed from an article in another language.") String statementEn,
        @Schema(required = true, example = "arms_control") String category,
        @Schema(required = true, example = "alleged") String modality,
        @Schema(description = "The agreement the claim is about, when it is about one.") AgreementRef about,
        @Schema(required = true) List<EvidenceDto> evidence,
        @Schema(required = true, description = "When the fact last changed.", example = "2026-11-25T21:04:05.123456Z")
        OffsetDateTime updatedAt) {
}

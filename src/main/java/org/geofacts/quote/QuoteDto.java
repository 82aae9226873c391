package org.geofacts.quote;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.geofacts.model.Refs.AgreementRef;
import org.geofacts.model.Refs.OrganizationRef;
import org.geofacts.model.Refs.ActorRef;
import org.geofacts.evidence.EvidenceDto;

@Schema(name = "Quote", description = "A passage a document puts in quotation marks, attributed to its speaker.")
public record QuoteDto(
        @Schema(required = true, example = "quote-putin-mutual-assistance") String id,
        @Schema(required = true, example = "ru-kp-treaty-2024") String documentId,
        @Schema(required = true, description = "Who spoke: a person or an organization.") ActorRef speaker,
        @Schema(required = true, description = "The quoted words, verbatim in the original language.") String text,
        @Schema(required = true, example = "id") String lang,
        @Schema(nullable = true, description = "English translation; absent until a curator adds it to a quote proposed from an article in another language.") String textEn,
        @Schema(required = true, enumeration = {"direct", "partial"},
                description = "`partial` marks a fragment quoted inside a paraphrase.") String kind,
        @Schema(description = "The organization the quote was reported through, when the document names one.") OrganizationRef channel,
        @Schema(description = "The agreement the quote is about, when it is about one.") AgreementRef about,
        @Schema(required = true) List<EvidenceDto> evidence,
        @Schema(required = true, description = "When the fact last changed.", example = "2026-11-25T21:04:05.123456Z")
        OffsetDateTime updatedAt) {
}

package org.geofacts.evidence;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Evidence as served: where in which document, and the exact words with their context. */
@Schema(name = "Evidence", description = "A span of a stored document (W3C Web Annotation TextPositionSelector + TextQuoteSelector). "
        + "Offsets are Unicode code points, end exclusive; `exact` equals the document text between them.")
public record EvidenceDto(
        @Schema(required = true, example = "ru-kp-treaty-2024") String documentId,
        @Schema(required = true, example = "1234") int start,
        @Schema(required = true, example = "1300") int end,
        @Schema(required = true) String exact,
        @Schema(required = true) String prefix,
        @Schema(required = true) String suffix) {

    public static EvidenceDto of(EvidenceSpan span) {
        return new EvidenceDto(span.documentId, span.start, span.end, span.exact, span.prefix, span.suffix);
    }
}

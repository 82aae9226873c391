package org.geofacts.document;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.geofacts.model.PartialDate;
import org.geofacts.model.StatedDate;

/** A stored source document; {@code text} is present only when one document is asked for. */
@Schema(name = "Document", description = "A stored source document. `text` is the verbatim source that evidence offsets point into; "
        + "it is included by GET /documents/{id} and left out of lists.")
public record DocumentDto(
        @Schema(required = true, example = "ru-kp-treaty-2024") String id,
        @Schema(required = true, example = "Apakah Rusia dan Korea Utara Bersahabat?") String title,
        @Schema(required = true, description = "BCP 47 language tag.", example = "id") String lang,
        String publisher,
        String url,
        PartialDate published,
        @Schema(required = true, description = "SHA-256 of the UTF-8 text, hex.") String sha256,
        @Schema(required = true, description = "Length of the text in Unicode code points.") long length,
        @Schema(description = "The verbatim text.") String text) {

    public static DocumentDto of(Document d, long length, boolean withText) {
        return new DocumentDto(d.id, d.title, d.lang, d.publisher, d.url, StatedDate.parsed(d.published),
                d.sha256, length, withText ? d.body : null);
    }
}

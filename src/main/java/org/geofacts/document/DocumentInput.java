package org.geofacts.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new source document. The text is stored exactly as sent; evidence offsets will point into it. */
@Schema(name = "DocumentInput")
public record DocumentInput(
        @Schema(required = true, example = "kp-ru-followup-2024")
        @NotBlank @Size(max = 100) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be lowercase kebab-case") String id,
        @Schema(required = true, description = "The verbatim source text.")
        @NotBlank @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters") String text,
        @Schema(required = true, description = "BCP 47 language tag.", example = "id")
        @NotBlank @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a BCP 47 language tag") String lang,
        @Schema(required = true, example = "Kim dan Putin bertemu lagi")
        @NotBlank @Size(max = 500) @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters") String title,
        @Size(max = 200) @Pattern(regexp = "[^\\x00]*", message = "must not contain NUL characters") String publisher,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        @Schema(description = "Publication date: YYYY, YYYY-MM or YYYY-MM-DD.", example = "2024-06")
        @Pattern(regexp = "\\d{4}(-\\d{2}(-\\d{2})?)?", message = "must be YYYY, YYYY-MM or YYYY-MM-DD") String published) {
}

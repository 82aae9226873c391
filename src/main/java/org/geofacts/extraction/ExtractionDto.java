package org.geofacts.extraction;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.geofacts.bundle.FactBundle;

/**
 * What the extractor proposes for one stored document: a bundle {@code POST /imports} accepts as
 * it is, why each fact was proposed, what the article names, and the quotes no rule was sure of.
 */
@Schema(name = "Extraction")
public record ExtractionDto(
        @Schema(required = true, description = "A fact bundle for the document: import it unchanged, or review and edit it first.")
        FactBundle bundle,
        @Schema(required = true) List<Derivation> derivations,
        @Schema(required = true, description = "People, organizations and countries the article names, with where.") List<Mention> mentions,
        @Schema(required = true, description = "Quoted statements no rule could attribute: a wrong speaker is worse than none.")
        List<Unattributed> unattributed) {

    /** A span of the document: code points, end exclusive, as evidence offsets are. */
    @Schema(name = "TextSpan")
    public record TextSpan(@Schema(required = true) int start, @Schema(required = true) int end,
            @Schema(required = true) String exact) {
    }

    @Schema(name = "Derivation", description = "Why a fact of the bundle was proposed.")
    public record Derivation(
            @Schema(required = true, description = "JSON pointer into `bundle`.", example = "/quotes/0") String pointer,
            @Schema(required = true, description = "The rule that proposed it.", example = "cue_after") String rule,
            @Schema(description = "The reporting verb or phrase the rule read.") TextSpan cue,
            @Schema(description = "Where the article names the speaker or claimant.") TextSpan speakerMention,
            @Schema(description = "The outlet the quote came through, when the article names one.") String channel,
            @Schema(required = true, description = "From 0 to 1: how reliable the rule has proven.", example = "0.95") double confidence) {
    }

    @Schema(name = "ExtractedMention")
    public record Mention(
            @Schema(required = true, enumeration = {"person", "organization", "country"}) String type,
            @Schema(required = true, example = "RU") String id,
            @Schema(required = true) String name,
            @Schema(required = true, description = "True when the store holds it; false when the bundle proposes it.") boolean stored,
            @Schema(required = true) List<TextSpan> spans) {
    }

    @Schema(name = "UnattributedQuote")
    public record Unattributed(
            @Schema(required = true) TextSpan words,
            @Schema(required = true, enumeration = {"direct", "partial"}) String kind,
            @Schema(required = true, description = "Why it is not in the bundle.") String reason) {
    }
}

package org.geofacts.extraction;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.geofacts.writes.Curators;

@Path("/documents/{id}/extractions")
@Tag(name = "extractions")
@Produces(MediaType.APPLICATION_JSON)
public class ExtractionResource {

    /** What the README's "Add an article" example answers, shortened. */
    private static final String EXAMPLE = """
            {"bundle": {"document": {"id": "seoul-channels-2025", "lang": "en", "title": "Seoul keeps channels open"},
              "countries": [], "organizations": [{"id": "yonhap", "name_en": "Yonhap", "kind": "news_agency", "aliases": ["Yonhap"]}],
              "people": [{"id": "cho-tae-yul", "name": "Cho Tae-yul", "role": "South Korean Foreign Minister", "aliases": ["Cho"]}],
              "agreements": [], "relations": [],
              "quotes": [{"id": "seoul-channels-2025-quote-1", "speaker": "cho-tae-yul", "text": "We will not close the door to dialogue",
                "occurrence": 1, "text_en": "We will not close the door to dialogue", "kind": "direct", "channel": "yonhap"}],
              "claims": [{"id": "seoul-channels-2025-claim-1", "claimants": [{"country": "RU"}],
                "statement": "the United States of raising tensions on the peninsula",
                "statement_en": "the United States of raising tensions on the peninsula", "category": "security", "modality": "alleged",
                "evidence": [{"exact": "the United States of raising tensions on the peninsula", "occurrence": 1}]}]},
             "derivations": [{"pointer": "/people/0", "rule": "new_person", "confidence": 0.8},
               {"pointer": "/quotes/0", "rule": "cue_after+surname", "cue": {"start": 158, "end": 162, "exact": "told"},
                "speaker_mention": {"start": 154, "end": 157, "exact": "Cho"}, "channel": "Yonhap", "confidence": 0.9},
               {"pointer": "/claims/0", "rule": "reported_speech", "cue": {"start": 203, "end": 210, "exact": "accused"},
                "speaker_mention": {"start": 196, "end": 202, "exact": "Russia"}, "confidence": 0.8}],
             "mentions": [{"type": "country", "id": "KR", "name": "South Korea", "stored": true,
               "spans": [{"start": 62, "end": 67, "exact": "Seoul"}]}],
             "unattributed": []}
            """;

    private final ExtractionService service;

    public ExtractionResource(ExtractionService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed(Curators.ROLE)
    @SecurityRequirement(name = Curators.SCHEME)
    @Operation(operationId = "extractFromDocument", summary = "Propose the facts of a stored document",
            description = "Runs the extractor over the document: its speaker-attributed quotes, the reported claims, the people, "
                    + "organizations and countries it names. The answer's `bundle` is a fact bundle `POST /imports` accepts unchanged "
                    + "(review it first); `derivations` say which rule proposed each fact and on which words; `unattributed` lists "
                    + "quoted statements no rule was sure of. Quotes and claims the document already holds (their words overlap a "
                    + "stored fact's evidence) are left out, so for the bundled seed article, whose 14 quotes are curated, the "
                    + "proposal holds none of them; add a proposal to such a document with `POST /imports?mode=add`. Nothing is "
                    + "written.")
    @APIResponse(responseCode = "200", description = "The proposal.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExtractionDto.class),
                    examples = @ExampleObject(name = "seoul", value = EXAMPLE)))
    public ExtractionDto extract(
            @Parameter(description = "Document id.", example = "ru-kp-treaty-2024") @PathParam("id") String id) {
        return service.extract(id);
    }
}

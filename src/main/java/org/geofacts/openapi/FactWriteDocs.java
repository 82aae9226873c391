package org.geofacts.openapi;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Documents the writes each kind of fact inherits from {@code org.geofacts.writeapi.FactWriteResource}: annotations on
 * those shared methods cannot name a kind, so its operation ids, summaries, body schemas and examples are filled in here,
 * per collection path, from the table below. The examples are the bodies Swagger UI offers; FactEditApiTest replays them.
 */
final class FactWriteDocs {

    static final List<Kind> KINDS = List.of(
            kind("/countries", "country").id("code", "Alpha-2, alpha-3 or Wikidata QID.", "MN").createdAs("CountryEntry")
                    .create("The country in its fact-bundle form (as in POST /imports). Its names become aliases too, so filters "
                            + "by any name form find it.", """
                            {"code": "MN", "alpha3": "MNG", "wikidata": "Q711", "name_en": "Mongolia", "name_id": "Mongolia",
                             "aliases": ["Ulaanbaatar"]}""")
                    .replace("""
                            {"alpha3": "MNG", "wikidata": "Q711", "name_en": "Mongolia", "name_id": "Mongolia", "aliases": ["Ulaanbaatar"]}""")
                    .patch("""
                            {"aliases": ["Ulaanbaatar", "Ulan Bator"]}""")
                    .deleteCascading("Deletes the country. If facts refer to it, 409 names them, unless cascade=true: then the "
                            + "agreements it is a party to, the claims it is an actor of and the relations it is an end of are "
                            + "deleted too, and people keep standing with their country cleared."),
            kind("/people", "person").id("id", "Person id.", "vladimir-putin").createdAs("PersonEntry")
                    .create("The person in its fact-bundle form (as in POST /imports). Their name becomes an alias too, so "
                            + "`speaker` and `claimant` filters by any spelling find them.", """
                            {"id": "sergei-lavrov", "name": "Sergei Lavrov", "role": "Minister of Foreign Affairs of Russia",
                             "country": "RU", "aliases": ["Lavrov"]}""")
                    .replace("""
                            {"name": "Sergei Lavrov", "role": "Minister of Foreign Affairs of Russia", "country": "RU", "aliases": ["Lavrov"]}""")
                    .patch("""
                            {"role": "President of the Russian Federation"}""")
                    .deleteCascading("Deletes the person. If facts refer to them, 409 names them, unless cascade=true: then "
                            + "their quotes and the claims they are an actor of are deleted too."),
            kind("/organizations", "organization").id("id", "Organization id.", "nato").createdAs("OrganizationEntry")
                    .create("The organization in its fact-bundle form (as in POST /imports). Its names become aliases too.", """
                            {"id": "asean", "name_en": "Association of Southeast Asian Nations",
                             "name_id": "Perhimpunan Bangsa-Bangsa Asia Tenggara", "kind": "bloc", "aliases": ["ASEAN"]}""")
                    .replace("""
                            {"name_en": "Association of Southeast Asian Nations", "name_id": "Perhimpunan Bangsa-Bangsa Asia Tenggara",
                             "kind": "bloc", "aliases": ["ASEAN"]}""")
                    .patch("""
                            {"aliases": ["NATO", "Pakta Pertahanan Atlantik Utara"]}""")
                    .deleteCascading("Deletes the organization. If facts refer to it, 409 names them, unless cascade=true: then "
                            + "the claims it is an actor of are deleted too, and quotes it carried keep standing with their "
                            + "channel cleared."),
            kind("/agreements", "agreement").id("id", "Agreement id.", "ru-kp-comprehensive-strategic-partnership-2024")
                    .createdAs("NewAgreement")
                    .create("The agreement in its fact-bundle form (as in POST /imports) with `document` naming the stored "
                            + "document whose text holds its evidence. Its `clauses` are written with it; every evidence span is "
                            + "located in the document, as an import would.", """
                            {"document": "ru-kp-treaty-2024", "id": "ru-kp-military-technical-cooperation",
                             "name_en": "Russia\u2013North Korea military-technical cooperation",
                             "kind": "agreement", "parties": ["RU", "KP"], "status": "proposed",
                             "evidence": [{"exact": "kerja sama militer-teknis"}],
                             "clauses": [{"ordinal": 1, "type": "military_technical_cooperation",
                                          "summary_en": "Russia does not rule out military-technical cooperation with North Korea.",
                                          "evidence": [{"exact": "kerja sama militer-teknis"}]}]}""")
                    .replace("""
                            {"name_en": "Russia\u2013North Korea military-technical cooperation",
                             "kind": "agreement", "parties": ["RU", "KP"], "status": "proposed",
                             "evidence": [{"exact": "kerja sama militer-teknis"}],
                             "clauses": [{"ordinal": 1, "type": "military_technical_cooperation",
                                          "summary_en": "Russia does not rule out military-technical cooperation with North Korea.",
                                          "evidence": [{"exact": "kerja sama militer-teknis"}]}]}""")
                    .patch("""
                            {"status": "ratified"}""")
                    .deleteCascading("Deletes the agreement with its clauses and evidence. If claims or quotes are about it, "
                            + "409 names them, unless cascade=true: then they keep standing with `about_agreement` cleared."),
            kind("/claims", "claim").id("id", "Claim id.", "claim-us-kr-kp-arms-to-russia").createdAs("NewClaim")
                    .create("The claim in its fact-bundle form (as in POST /imports) with `document` naming the stored document "
                            + "whose text holds its evidence. Its evidence is located in the document as an import would; "
                            + "claimants and subjects must be stored (or defined) entities.", """
                            {"document": "ru-kp-treaty-2024", "id": "claim-kr-kp-arms-to-russia",
                             "claimants": [{"country": "KR"}], "subjects": [{"country": "KP"}],
                             "statement": "Pyongyang memasok senjata ke Rusia.", "statement_en": "Pyongyang supplies weapons to Russia.",
                             "category": "arms_transfer", "modality": "alleged", "evidence": [{"exact": "memasok senjata ke Rusia"}]}""")
                    .replace("""
                            {"claimants": [{"country": "KR"}], "subjects": [{"country": "KP"}],
                             "statement": "Pyongyang memasok senjata ke Rusia.", "statement_en": "Pyongyang supplies weapons to Russia.",
                             "category": "arms_transfer", "modality": "alleged", "evidence": [{"exact": "memasok senjata ke Rusia"}]}""")
                    .patch("""
                            {"modality": "asserted"}""")
                    .delete("Deletes the claim with its actors and evidence."),
            kind("/quotes", "quote").id("id", "Quote id.", "quote-putin-hostile").createdAs("NewQuote")
                    .create("The quote in its fact-bundle form (as in POST /imports) with `document` naming the stored document "
                            + "whose text holds its evidence. Its `text` is its evidence: located in the document verbatim (with "
                            + "`occurrence` when it repeats).", """
                            {"document": "ru-kp-treaty-2024", "id": "quote-putin-military-technical", "speaker": "vladimir-putin",
                             "text": "kerja sama militer-teknis", "text_en": "military-technical cooperation", "kind": "partial"}""")
                    .replace("""
                            {"speaker": "vladimir-putin", "text": "kerja sama militer-teknis", "text_en": "military-technical cooperation",
                             "kind": "partial"}""")
                    .patch("""
                            {"text_en": "hostile"}""")
                    .delete("Deletes the quote with its evidence."),
            kind("/relations", "relation").id("id", "Relation id.", "rel-ru-kp-alliance").createdAs("NewRelation")
                    .create("The relation in its fact-bundle form (as in POST /imports) with `document` naming the stored "
                            + "document whose text holds its evidence. Its evidence is located in the document as an import would.", """
                            {"document": "ru-kp-treaty-2024", "id": "rel-kp-ru-weapons-for-russia", "source": "KP", "target": "RU",
                             "kind": "arms_supply", "evidence": [{"exact": "memasok senjata ke Rusia"}]}""")
                    .replace("""
                            {"source": "KP", "target": "RU", "kind": "arms_supply", "evidence": [{"exact": "memasok senjata ke Rusia"}]}""")
                    .patch("""
                            {"since": "2023"}""")
                    .delete("Deletes the relation with its evidence."));

    private static final ObjectMapper JSON = new ObjectMapper();

    private FactWriteDocs() {
    }

    /** Fills in every kind's write operations; fails the build when a kind's paths are not where the table says. */
    static void document(OpenAPI openAPI) {
        Paths paths = openAPI.getPaths();
        for (Kind kind : KINDS) {
            PathItem collection = paths.getPathItem(kind.collection);
            PathItem member = paths.getPathItem(kind.collection + "/{id}");
            if (collection == null || collection.getPOST() == null || member == null || member.getPUT() == null) {
                throw new IllegalStateException("no inherited write operations under " + kind.collection);
            }
            documentCreate(collection.getPOST(), kind);
            documentReplace(member.getPUT(), kind);
            documentPatch(member.getPATCH(), kind);
            documentDelete(member.getDELETE(), kind);
            if (!kind.idParameter.equals("id")) {
                moveToOwnIdParameter(paths, kind);
            }
            inContractOrder(paths, kind);
        }
        // The shared methods take the body as raw JSON (the editor reads it); the scanner's schema of that Java type
        // documents nothing, and no operation points at it any more.
        openAPI.getComponents().removeSchema("JsonNode");
        openAPI.getComponents().removeSchema("JsonNodeType");
    }

    private static void documentCreate(Operation operation, Kind kind) {
        describe(operation, "create", "Add", kind.createDescription, kind);
        operation.setRequestBody(jsonBody(kind.createSchema, kind.createExample));
        representation(operation, "201", "Added; Location names the new " + kind.noun + ".", kind);
    }

    private static void documentReplace(Operation operation, Kind kind) {
        describe(operation, "replace", "Replace", "Replaces the whole " + kind.noun + " with the body, in the form POST takes; "
                + "members left out are cleared. The id may be left out but not changed. " + CONDITIONAL, kind);
        documentId(operation, kind);
        operation.setRequestBody(jsonBody(kind.capitalised() + "Entry", kind.replaceExample));
        representation(operation, "200", "The replaced " + kind.noun + ".", kind);
    }

    private static void documentPatch(Operation operation, Kind kind) {
        describe(operation, "patch", "Edit", "A JSON merge patch (RFC 7396) over the " + kind.noun + " in the form POST takes: "
                + "members given replace, null removes. " + CONDITIONAL, kind);
        documentId(operation, kind);
        Schema patch = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT).example(parse(kind.patchExample));
        operation.setRequestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                .addMediaType(MERGE_PATCH, OASFactory.createMediaType().schema(patch))));
        representation(operation, "200", "The edited " + kind.noun + ".", kind);
    }

    private static void documentDelete(Operation operation, Kind kind) {
        describe(operation, "delete", "Delete", kind.deleteDescription + " Requires If-Match with the ETag of the last GET.", kind);
        documentId(operation, kind);
        Parameter cascade = operation.getParameters().stream().filter(p -> p.getName().equals("cascade")).findFirst().orElseThrow();
        if (kind.cascades) {
            cascade.description("Also delete the facts that cannot stand without this " + kind.noun + " and clear optional "
                    + "references to it; without it, " + kind.article() + " " + kind.noun + " other facts refer to is not deleted (409).")
                    .example("false");
            operation.getResponses().addAPIResponse("409", OASFactory.createAPIResponse().ref("#/components/responses/StillReferenced"));
        } else {
            operation.removeParameter(cascade);
        }
    }

    private static void describe(Operation operation, String verb, String summaryVerb, String description, Kind kind) {
        operation.summary(summaryVerb + " " + kind.article() + " " + kind.noun).description(description)
                .operationId(verb + kind.capitalised());
    }

    private static void documentId(Operation operation, Kind kind) {
        operation.getParameters().stream().filter(p -> p.getName().equals("id")).forEach(p -> p.description(kind.idDescription)
                .example(kind.idExample));
    }

    private static RequestBody jsonBody(String schema, String example) {
        MediaType json = OASFactory.createMediaType()
                .examples(Map.of("example", OASFactory.createExample().value(parse(example))))
                .schema(OASFactory.createSchema().ref(schema));
        return OASFactory.createRequestBody().required(true).content(OASFactory.createContent().addMediaType(JSON_TYPE, json));
    }

    private static void representation(Operation operation, String status, String description, Kind kind) {
        Content content = OASFactory.createContent().addMediaType(JSON_TYPE,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(kind.capitalised())));
        operation.getResponses().getAPIResponse(status).description(description).content(content);
    }

    /** The shared methods name the member {id}; a kind whose id is called otherwise (a country's code) gets its own name back. */
    private static void moveToOwnIdParameter(Paths paths, Kind kind) {
        PathItem generated = paths.getPathItem(kind.collection + "/{id}");
        PathItem own = paths.getPathItem(kind.collection + "/{" + kind.idParameter + "}");
        if (own == null) {
            throw new IllegalStateException("no " + kind.collection + "/{" + kind.idParameter + "} to move the writes to");
        }
        for (Operation operation : List.of(generated.getPUT(), generated.getPATCH(), generated.getDELETE())) {
            operation.getParameters().stream().filter(p -> p.getName().equals("id")).forEach(p -> p.setName(kind.idParameter));
        }
        own.PUT(generated.getPUT()).PATCH(generated.getPATCH()).DELETE(generated.getDELETE());
        paths.removePathItem(kind.collection + "/{id}");
    }

    /**
     * The model keeps members in the order they were set, and the committed contract is reviewed as text: put the
     * operations, and the members of each, back in the order the scanner writes for annotated methods.
     */
    private static void inContractOrder(Paths paths, Kind kind) {
        PathItem collection = paths.getPathItem(kind.collection);
        paths.addPathItem(kind.collection, OASFactory.createPathItem().GET(collection.getGET()).POST(inOrder(collection.getPOST())));
        String memberPath = kind.collection + "/{" + kind.idParameter + "}";
        PathItem member = paths.getPathItem(memberPath);
        paths.addPathItem(memberPath, OASFactory.createPathItem().PUT(inOrder(member.getPUT())).PATCH(inOrder(member.getPATCH()))
                .GET(member.getGET()).DELETE(inOrder(member.getDELETE())));
    }

    private static Operation inOrder(Operation operation) {
        return OASFactory.createOperation().summary(operation.getSummary()).description(operation.getDescription())
                .operationId(operation.getOperationId()).tags(operation.getTags())
                .parameters(operation.getParameters() == null ? null : operation.getParameters().stream().map(SharedDocs::inContractOrder).toList())
                .requestBody(operation.getRequestBody() == null ? null
                        : OASFactory.createRequestBody().content(operation.getRequestBody().getContent()).required(true))
                .responses(operation.getResponses()).security(operation.getSecurity());
    }

    private static Object parse(String example) {
        try {
            return JSON.readValue(example, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("example is not JSON: " + example, e);
        }
    }

    private static final String CONDITIONAL = "Requires If-Match with the ETag of the last GET; the answer carries the new ETag.";
    private static final String JSON_TYPE = "application/json";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private static Kind kind(String collection, String noun) {
        return new Kind(collection, noun);
    }

    /** One kind's row of the table, built by name so that the long strings stay readable. */
    static final class Kind {
        private final String collection;
        private final String noun;
        private String idParameter;
        private String idDescription;
        private String idExample;
        private String createSchema;
        private String createDescription;
        private String createExample;
        private String replaceExample;
        private String patchExample;
        private String deleteDescription;
        private boolean cascades;

        private Kind(String collection, String noun) {
            this.collection = collection;
            this.noun = noun;
        }

        Kind id(String parameter, String description, String example) {
            this.idParameter = parameter;
            this.idDescription = description;
            this.idExample = example;
            return this;
        }

        /** The schema of a create's body: the entry itself, or a New* schema that adds the document. */
        Kind createdAs(String schema) {
            this.createSchema = schema;
            return this;
        }

        Kind create(String description, String example) {
            this.createDescription = description;
            this.createExample = example;
            return this;
        }

        Kind replace(String example) {
            this.replaceExample = example;
            return this;
        }

        Kind patch(String example) {
            this.patchExample = example;
            return this;
        }

        Kind delete(String description) {
            this.deleteDescription = description;
            return this;
        }

        /** DELETE takes ?cascade=true, and answers 409 without it while other facts refer to the fact. */
        Kind deleteCascading(String description) {
            this.cascades = true;
            return delete(description);
        }

        String capitalised() {
            return noun.substring(0, 1).toUpperCase(Locale.ROOT) + noun.substring(1);
        }

        String article() {
            return "aeiou".indexOf(noun.charAt(0)) >= 0 ? "an" : "a";
        }
    }
}

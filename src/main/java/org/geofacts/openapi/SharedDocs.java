package org.geofacts.openapi;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** Documentation every operation of a kind shares, written here once instead of on each resource method. */
final class SharedDocs {

    /** What an ETag of ours looks like (24 base64url characters of a hash, quoted). */
    static final String ETAG_EXAMPLE = "\"q0ZbBeN7S5mYc1Qm1xnWbFhK\"";

    private static final String SCHEMAS = "#/components/schemas/";
    private static final String JSON_LD = "application/ld+json";

    private SharedDocs() {
    }

    /** If-Match on a write: which version it names, unless the operation says more precisely (a clause's own ETag). */
    static void documentIfMatch(PathItem.HttpMethod method, Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        operation.setParameters(operation.getParameters().stream().map(parameter -> {
            if (parameter.getIn() != Parameter.In.HEADER || !"If-Match".equalsIgnoreCase(parameter.getName())) {
                return parameter;
            }
            if (parameter.getDescription() == null) {
                parameter.description("ETag of the version being " + participle(method) + ".");
            }
            return inContractOrder(parameter.example(ETAG_EXAMPLE));
        }).toList());
    }

    /** A copy with its members in the order the scanner writes them, so the committed contract reads the same as text. */
    static Parameter inContractOrder(Parameter parameter) {
        return OASFactory.createParameter().description(parameter.getDescription()).example(parameter.getExample())
                .name(parameter.getName()).in(parameter.getIn()).required(parameter.getRequired()).schema(parameter.getSchema());
    }

    private static String participle(PathItem.HttpMethod method) {
        return switch (method) {
            case PUT -> "replaced";
            case PATCH -> "edited";
            case DELETE -> "deleted";
            default -> throw new IllegalStateException("If-Match on " + method);
        };
    }

    /**
     * JSON-LD is served on request (Accept: application/ld+json) but said in the description, not listed as a second
     * media type of the 200: client generators type a 200 as the union of its media types, and a union with an open
     * JSON-LD object left JSON clients with untyped results (openapi-fetch typed `items` as unknown).
     */
    static void documentJsonLd(Operation operation) {
        boolean offered = false;
        for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
            if (response.getContent() != null && response.getContent().getMediaType(JSON_LD) != null) {
                response.getContent().removeMediaType(JSON_LD);
                offered = true;
            }
        }
        if (offered) {
            operation.setDescription(operation.getDescription() + " Also answers JSON-LD (a schema.org document with `@context` "
                    + "and `@type`) when `Accept` asks for `application/ld+json`.");
        }
    }

    /**
     * Lists return the generic {@code Page<T>}, which the scanner names after the Java types ({@code PageQuoteDto}); the
     * contract names a page after what it holds ({@code QuotePage}), as it always has.
     */
    static void namePageSchemas(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Map<String, String> renamed = new HashMap<>();
        for (Map.Entry<String, Schema> schema : schemas.entrySet()) {
            Schema items = schema.getValue().getProperties() == null ? null : schema.getValue().getProperties().get("items");
            if (schema.getKey().startsWith("Page") && items != null && items.getItems() != null && items.getItems().getRef() != null) {
                String itemName = items.getItems().getRef().substring(SCHEMAS.length());
                renamed.put(schema.getKey(), itemName + "Page");
            }
        }
        Map<String, Schema> sorted = new TreeMap<>();
        schemas.forEach((name, schema) -> sorted.put(renamed.getOrDefault(name, name), schema));
        openAPI.getComponents().setSchemas(sorted);
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : item.getOperations().values()) {
                for (APIResponse response : operation.getResponses().getAPIResponses().values()) {
                    if (response.getContent() != null) {
                        for (MediaType media : response.getContent().getMediaTypes().values()) {
                            Schema schema = media.getSchema();
                            String name = schema == null || schema.getRef() == null ? null : schema.getRef().substring(SCHEMAS.length());
                            if (renamed.containsKey(name)) {
                                schema.setRef(SCHEMAS + renamed.get(name));
                            }
                        }
                    }
                }
            }
        }
    }
}

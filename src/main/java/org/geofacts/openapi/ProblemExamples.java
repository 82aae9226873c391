package org.geofacts.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * One example body per shared problem response, as the service writes it. Without these, Swagger UI
 * renders every error from the Problem schema's field examples, so all statuses looked alike.
 */
final class ProblemExamples {

    private static final String MEDIA_TYPE = "application/problem+json";

    private static final Map<String, Map<String, Object>> BY_RESPONSE = Map.ofEntries(
            Map.entry("BadRequest", problem("invalid-parameter", "Invalid parameter", 400, "limit: must be between 1 and 100", "/quotes",
                    errors("limit", "must be between 1 and 100"))),
            Map.entry("Unauthenticated", problem("unauthenticated", "Unauthenticated", 401,
                    "this operation needs a valid bearer token of a curator", "/countries", Map.of())),
            Map.entry("Forbidden", problem("forbidden", "Forbidden", 403, "this operation needs the role 'curator'", "/countries", Map.of())),
            Map.entry("NotFound", problem("not-found", "Not found", 404, "no country with id 'XX'", "/countries/XX", Map.of())),
            Map.entry("NotAcceptable", problem("not-acceptable", "Not acceptable", 406,
                    "none of the media types in Accept can be produced here", "/agreements", Map.of())),
            Map.entry("UriTooLong", problem("uri-too-long", "URI too long", 414,
                    "the request target is over 32768 characters", "/quotes", Map.of())),
            Map.entry("HeadersTooLarge", problem("headers-too-large", "Request header fields too large", 431,
                    "the request headers are over 20480 bytes", "/quotes", Map.of())),
            Map.entry("AlreadyExists", problem("already-exists", "Already exists", 409,
                    "country code 'XM' is taken; GET that country and PUT or PATCH it to change it", "/countries", Map.of())),
            Map.entry("StillReferenced", problem("still-referenced", "Still referenced", 409,
                    "person 'vladimir-putin' is referred to by 11 quotes and 2 claims; delete with cascade=true to delete them too",
                    "/people/vladimir-putin", Map.of("references", ordered("quotes", 11, "claims", 2)))),
            Map.entry("PreconditionFailed", problem("precondition-failed", "Precondition failed", 412,
                    "the resource changed since you read it; GET it again and reapply your change", "/quotes/quote-putin-hostile", Map.of())),
            Map.entry("PayloadTooLarge", problem("payload-too-large", "Payload too large", 413,
                    "the request body is over the 1048576 byte limit", "/imports", Map.of())),
            Map.entry("UnsupportedMediaType", problem("unsupported-media-type", "Unsupported media type", 415,
                    "this operation does not accept that Content-Type", "/countries", Map.of())),
            Map.entry("InvalidEdit", problem("invalid-edit", "Invalid edit", 422, "the quote is invalid (1 error)", "/quotes",
                    errors("/evidence/0/exact", "text not found in document 'ru-kp-treaty-2024': \"babak baru\""))),
            Map.entry("PreconditionRequired", problem("precondition-required", "Precondition required", 428,
                    "send If-Match with the ETag of the version you are changing (GET it first)", "/quotes/quote-putin-hostile", Map.of())),
            Map.entry("InternalError", problem("internal-error", "Internal error", 500,
                    "the server failed to answer; incident 5f0c2a9e", "/quotes", Map.of())),
            Map.entry("Unavailable", problem("unavailable", "Service unavailable", 503,
                    "the database is unavailable; retry shortly", "/quotes", Map.of())));

    private ProblemExamples() {
    }

    static void add(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getResponses() == null) {
            return;
        }
        for (Map.Entry<String, APIResponse> response : openAPI.getComponents().getResponses().entrySet()) {
            Map<String, Object> example = BY_RESPONSE.get(response.getKey());
            MediaType problem = response.getValue().getContent() == null ? null : response.getValue().getContent().getMediaType(MEDIA_TYPE);
            if (example == null || problem == null) {
                throw new IllegalStateException("no problem example for the shared response " + response.getKey());
            }
            problem.setExample(example);
        }
    }

    // Ordered maps throughout: Map.of iterates in a different order on every run, and the committed contract would churn.
    private static Map<String, Object> errors(String field, String message) {
        return Map.of("errors", List.of(ordered("field", field, "message", message)));
    }

    private static Map<String, Object> ordered(String key1, Object value1, String key2, Object value2) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key1, value1);
        map.put(key2, value2);
        return map;
    }

    private static Map<String, Object> problem(String type, String title, int status, String detail, String instance,
            Map<String, Object> extra) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "/problems/" + type);
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        problem.put("instance", instance);
        problem.putAll(extra);
        return problem;
    }
}

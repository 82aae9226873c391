package org.geofacts.web;

import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The one gate for JSON request bodies of writes (fact edits and bundle imports): an object, with
 * text PostgreSQL can store, checked before anything is looked up; then bound strictly.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    /**
     * A copy of the body, which must be a JSON object whose strings hold no NUL and no half
     * surrogate pair (PostgreSQL refuses NUL even as a query parameter).
     *
     * @param what names the body in messages: "country", "fact bundle"...
     */
    public static ObjectNode object(JsonNode body, String what) {
        if (body == null || body.isMissingNode() || body.isNull()) {
            throw ProblemException.missingBody();
        }
        if (!body.isObject()) {
            throw new ProblemException(400, "malformed-body", "Malformed request body", "the " + what + " must be a JSON object", null);
        }
        requireStorableText(body, "");
        return ((ObjectNode) body).deepCopy();
    }

    /** Binds a checked body; unknown members and wrong types are 400s naming where they are. */
    public static <T> T bind(ObjectMapper strictMapper, JsonNode tree, Class<T> type, String what) {
        try {
            return strictMapper.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw new ProblemException(400, "malformed-body", "Malformed request body",
                    "not a valid " + what + ": " + JsonErrors.describe(e), null);
        }
    }

    private static void requireStorableText(JsonNode node, String at) {
        if (node.isTextual() && node.asText().indexOf('\0') >= 0) {
            throw new ProblemException(400, "invalid-body", "Invalid request body", at + ": must not contain NUL characters",
                    List.of(new Problem.InvalidField(at, "must not contain NUL characters")));
        }
        if (node.isTextual() && node.asText().codePoints().anyMatch(c -> Character.getType(c) == Character.SURROGATE)) {
            throw new ProblemException(400, "invalid-body", "Invalid request body", at + ": must be valid Unicode",
                    List.of(new Problem.InvalidField(at, "contains half of a surrogate pair")));
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                requireStorableText(node.get(i), at + "/" + i);
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            requireStorableText(field.getValue(), at + "/" + field.getKey());
        }
    }
}

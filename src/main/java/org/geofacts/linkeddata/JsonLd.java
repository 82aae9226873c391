package org.geofacts.linkeddata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import org.geofacts.model.Refs;

/** schema.org JSON-LD representations, served when a client prefers application/ld+json (see {@link JsonLdNegotiation}). */
public final class JsonLd {

    public static final String MEDIA_TYPE = "application/ld+json";
    public static final MediaType TYPE = MediaType.valueOf(MEDIA_TYPE);
    public static final String CONTEXT = "https://schema.org";

    private JsonLd() {
    }

    /** True when Accept ranks application/ld+json above plain JSON (the list is sorted by quality). */
    public static boolean wanted(List<MediaType> acceptable) {
        for (MediaType type : acceptable) {
            if (type.isCompatible(TYPE) && !type.isWildcardType() && !type.isWildcardSubtype()) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }

    /** True for application/ld+json itself, not for wildcards that merely include it. */
    public static boolean isJsonLd(MediaType type) {
        return type != null && TYPE.getType().equalsIgnoreCase(type.getType()) && TYPE.getSubtype().equalsIgnoreCase(type.getSubtype());
    }

    /** Starts a node with its type and id. */
    public static Map<String, Object> node(String type, String id) {
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("@type", type);
        if (id != null) {
            node.put("@id", id);
        }
        return node;
    }

    /** A top-level document: the context first, then the node's own properties. */
    public static Map<String, Object> document(Map<String, Object> node) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", CONTEXT);
        doc.putAll(node);
        return doc;
    }

    /** A page of nodes as a schema.org ItemList. */
    public static Map<String, Object> list(List<Map<String, Object>> nodes, String nextCursor) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("@context", CONTEXT);
        doc.put("@type", "ItemList");
        doc.put("numberOfItems", nodes.size());
        doc.put("itemListElement", nodes);
        if (nextCursor != null) {
            doc.put("next_cursor", nextCursor);
        }
        return doc;
    }

    public static Map<String, Object> actor(Refs.ActorRef actor) {
        String type = switch (actor.type()) {
            case "country" -> "Country";
            case "person" -> "Person";
            default -> "Organization";
        };
        Map<String, Object> node = node(type, "/" + (actor.type().equals("country") ? "countries" : actor.type().equals("person") ? "people" : "organizations") + "/" + actor.id());
        node.put("identifier", actor.id());
        node.put("name", actor.name());
        return node;
    }
}

package org.geofacts.linkeddata;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.geofacts.paging.Page;

/** Turns what a resource returns (a DTO or a page of them) into its JSON-LD document, through the kinds' mappings. */
@Singleton
public class JsonLdDocuments {

    private final Map<Class<?>, LinkedDataMapping<?>> byType = new HashMap<>();

    public JsonLdDocuments(Instance<LinkedDataMapping<?>> mappings) {
        for (LinkedDataMapping<?> mapping : mappings) {
            byType.put(mapping.type(), mapping);
        }
    }

    /** True for the DTO types a mapping exists for (and any page, whose items are checked when written). */
    public boolean maps(Class<?> type) {
        return Page.class.isAssignableFrom(type) || byType.containsKey(type);
    }

    public Map<String, Object> document(Object entity) {
        if (entity instanceof Page<?> page) {
            List<Map<String, Object>> nodes = page.items().stream().map(this::node).toList();
            return JsonLd.list(nodes, page.nextCursor());
        }
        return JsonLd.document(node(entity));
    }

    private Map<String, Object> node(Object value) {
        return mapping(value.getClass()).orElseThrow(() -> new IllegalStateException("no JSON-LD mapping for " + value.getClass()))
                .node(value);
    }

    @SuppressWarnings("unchecked")
    private Optional<LinkedDataMapping<Object>> mapping(Class<?> type) {
        return Optional.ofNullable((LinkedDataMapping<Object>) byType.get(type));
    }
}

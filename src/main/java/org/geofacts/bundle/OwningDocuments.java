package org.geofacts.bundle;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/** Which document owns each of a set of facts (claims, quotes, relations): one query per kind. */
public final class OwningDocuments {

    private OwningDocuments() {
    }

    /**
     * @param entity the entity name, e.g. "Claim"; it must have {@code id} and {@code documentId}
     * @return document id by fact id, for the ids that exist
     */
    public static Map<String, String> of(EntityManager em, String entity, Collection<String> ids) {
        Map<String, String> owners = new HashMap<>();
        List<String> wanted = ids.stream().filter(id -> id != null).distinct().toList();
        if (wanted.isEmpty()) {
            return owners;
        }
        em.createQuery("select e.id, e.documentId from " + entity + " e where e.id in :ids", Object[].class)
                .setParameter("ids", wanted)
                .getResultList()
                .forEach(row -> owners.put((String) row[0], (String) row[1]));
        return owners;
    }
}

package org.geofacts.relation;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.geofacts.paging.KeysetQuery;
import org.geofacts.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RelationRepository implements PanacheRepositoryBase<Relation, String> {


    /**
     * Relations touching {@code country} (as source or target) whose other end is in {@code with};
     * a null list does not filter.
     */
    public List<Relation> page(List<String> country, List<String> with, String kind, PageRequest page) {
        KeysetQuery query = new KeysetQuery("relations", "id");
        if (country != null && with != null) {
            query.where("((t.source_country = any(cast({0} as text[])) and t.target_country = any(cast({1} as text[])))"
                    + " or (t.target_country = any(cast({0} as text[])) and t.source_country = any(cast({1} as text[]))))",
                    KeysetQuery.textArray(country), KeysetQuery.textArray(with));
        } else if (country != null || with != null) {
            query.where("(t.source_country = any(cast({0} as text[])) or t.target_country = any(cast({0} as text[])))",
                    KeysetQuery.textArray(country != null ? country : with));
        }
        if (kind != null) {
            query.where("t.kind = {0}", kind);
        }
        List<String> ids = query.ids(getEntityManager(), page);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Relation> byId = find("from Relation r join fetch r.source join fetch r.target where r.id in ?1", ids)
                .stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

}

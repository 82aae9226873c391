package org.geofacts.relation;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.geofacts.paging.KeysetQuery;
import org.geofacts.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RelationRepository implements PanacheRepositoryBase<Relation, String> {

    /**
     * Relations touching {@code country} (as source or target) whose other end is in {@code with};
     * a null list does not filter. Read as rows with both countries' names: one statement, no entities.
     */
    public List<RelationRow> page(List<String> country, List<String> with, String kind, PageRequest page) {
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
        return rows(query, page);
    }

    /** One relation as a row, or none. */
    public Optional<RelationRow> row(String id) {
        return rows(KeysetQuery.byKey("relations", "id", id), PageRequest.FIRST_ROW).stream().findFirst();
    }

    private List<RelationRow> rows(KeysetQuery query, PageRequest page) {
        return query.rows(getEntityManager(), page, RelationRow.SELECT, RelationRow.JOINS).stream().map(RelationRow::of).toList();
    }

}

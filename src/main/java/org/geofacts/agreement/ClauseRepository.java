package org.geofacts.agreement;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

import org.geofacts.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ClauseRepository implements PanacheRepositoryBase<Clause, Long> {

    /**
     * Clauses of an agreement in ordinal order, read as rows; the cursor key is the last ordinal
     * seen. One statement with no entities: the entity query cost most of a cache-missing list's CPU.
     */
    public List<ClauseRow> page(String agreementId, String type, PageRequest page) {
        Query query = getEntityManager().createNativeQuery("select " + ClauseRow.SELECT + " from clauses c"
                        + " where c.agreement_id = :agreement"
                        + " and (cast(:type as text) is null or c.type = cast(:type as text))"
                        + " and (cast(:after as integer) is null or c.ordinal > cast(:after as integer))"
                        + " order by c.ordinal limit :limit")
                .setParameter("agreement", agreementId)
                .setParameter("type", type)
                .setParameter("after", page.after() == null ? null : Integer.valueOf(page.after()))
                .setParameter("limit", page.fetchSize());
        return rows(query);
    }

    /** One clause of an agreement, read as a row. */
    public Optional<ClauseRow> row(String agreementId, int ordinal) {
        Query query = getEntityManager().createNativeQuery("select " + ClauseRow.SELECT + " from clauses c"
                        + " where c.agreement_id = :agreement and c.ordinal = :ordinal")
                .setParameter("agreement", agreementId)
                .setParameter("ordinal", ordinal);
        return rows(query).stream().findFirst();
    }

    private static List<ClauseRow> rows(Query query) {
        return ((List<?>) query.getResultList()).stream().map(ClauseRow::of).toList();
    }

    /** Number of clauses per agreement id, for a page of agreements in one query. */
    public Map<String, Long> countsOf(Collection<String> agreementIds) {
        Map<String, Long> counts = new HashMap<>();
        if (!agreementIds.isEmpty()) {
            getEntityManager().createQuery("select c.agreementId, count(c) from Clause c where c.agreementId in :ids group by c.agreementId",
                            Object[].class)
                    .setParameter("ids", agreementIds).getResultList()
                    .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        }
        return counts;
    }
}

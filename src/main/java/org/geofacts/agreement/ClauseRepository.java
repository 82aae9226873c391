package org.geofacts.agreement;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.geofacts.paging.KeysetQuery;
import org.geofacts.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ClauseRepository implements PanacheRepositoryBase<Clause, Long> {

    /**
     * Clauses of an agreement in ordinal order, read as rows; the cursor key is the last ordinal
     * seen. One statement with no entities: the entity query cost most of a cache-missing list's CPU.
     * Its plan can be kept: the unique (agreement_id, ordinal) index serves any agreement in order.
     */
    public List<ClauseRow> page(String agreementId, String type, PageRequest page) {
        KeysetQuery query = ofAgreement(agreementId).samePlanForAnyValue();
        if (type != null) {
            query.where("t.type = {0}", type);
        }
        return rows(query, page);
    }

    /** One clause of an agreement, read as a row. */
    public Optional<ClauseRow> row(String agreementId, int ordinal) {
        return rows(ofAgreement(agreementId).where("t.ordinal = {0}", ordinal).samePlanForAnyValue(), PageRequest.FIRST_ROW).stream().findFirst();
    }

    private static KeysetQuery ofAgreement(String agreementId) {
        return new KeysetQuery("clauses", "ordinal", "integer").where("t.agreement_id = {0}", agreementId);
    }

    private List<ClauseRow> rows(KeysetQuery query, PageRequest page) {
        return query.rows(getEntityManager(), page, ClauseRow.SELECT, "").stream().map(ClauseRow::of).toList();
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

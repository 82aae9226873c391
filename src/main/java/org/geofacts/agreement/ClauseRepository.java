package org.geofacts.agreement;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.geofacts.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ClauseRepository implements PanacheRepositoryBase<Clause, Long> {

    /** Clauses of an agreement in ordinal order; the cursor key is the last ordinal seen. */
    public List<Clause> page(String agreementId, String type, PageRequest page) {
        StringBuilder where = new StringBuilder("agreementId = :agreement");
        io.quarkus.panache.common.Parameters params = io.quarkus.panache.common.Parameters.with("agreement", agreementId);
        if (type != null) {
            where.append(" and type = :type");
            params = params.and("type", type);
        }
        if (page.after() != null) {
            where.append(" and ordinal > :after");
            params = params.and("after", Integer.parseInt(page.after()));
        }
        return find(where + " order by ordinal", params).page(0, page.fetchSize()).list();
    }

    public Optional<Clause> find(String agreementId, int ordinal) {
        return find("agreementId = ?1 and ordinal = ?2", agreementId, ordinal).firstResultOptional();
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

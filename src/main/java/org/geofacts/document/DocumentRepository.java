package org.geofacts.document;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.geofacts.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DocumentRepository implements PanacheRepositoryBase<Document, String> {

    /** Lists metadata only: the lazily loaded body is not read. */
    public List<Document> page(PageRequest page) {
        return find(page.after() == null ? "order by id" : "id > ?1 order by id",
                page.after() == null ? new Object[0] : new Object[] {page.after()})
                .page(0, page.fetchSize()).list();
    }

    public Optional<Document> findBySha256(String sha256) {
        return find("sha256", sha256).firstResultOptional();
    }

    /** Lengths of the bodies in code points by document id, computed by the database so no body is loaded. */
    public Map<String, Long> lengthsOf(Collection<String> ids) {
        Map<String, Long> lengths = new HashMap<>();
        if (!ids.isEmpty()) {
            getEntityManager().createQuery("select d.id, length(d.body) from Document d where d.id in :ids", Object[].class)
                    .setParameter("ids", ids).getResultList()
                    .forEach(row -> lengths.put((String) row[0], ((Number) row[1]).longValue()));
        }
        return lengths;
    }
}

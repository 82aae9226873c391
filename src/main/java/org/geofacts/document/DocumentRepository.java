package org.geofacts.document;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.geofacts.common.PageRequest;

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

    /** Length of the body in code points, computed by the database so the body is not loaded. */
    public long lengthOf(String id) {
        return getEntityManager().createQuery("select length(d.body) from Document d where d.id = :id", Integer.class)
                .setParameter("id", id).getSingleResult();
    }
}

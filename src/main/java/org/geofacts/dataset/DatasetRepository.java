package org.geofacts.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Remembers which bundled dataset was loaded with which checksum. */
@ApplicationScoped
public class DatasetRepository {

    private final EntityManager em;

    public DatasetRepository(EntityManager em) {
        this.em = em;
    }

    public boolean isLoaded(String id, String sha256) {
        return !em.createNativeQuery("select 1 from datasets where id = :id and sha256 = :sha")
                .setParameter("id", id).setParameter("sha", sha256).getResultList().isEmpty();
    }

    /** True when some version of the dataset was loaded before. */
    public boolean isKnown(String id) {
        return !em.createNativeQuery("select 1 from datasets where id = :id").setParameter("id", id).getResultList().isEmpty();
    }

    public void markLoaded(String id, String sha256) {
        em.createNativeQuery("insert into datasets (id, sha256) values (:id, :sha) "
                        + "on conflict (id) do update set sha256 = excluded.sha256, loaded_at = now()")
                .setParameter("id", id).setParameter("sha", sha256).executeUpdate();
    }

    /** Forgets every checksum, so the next load re-imports (the import itself stays idempotent). */
    public void forgetAll() {
        em.createNativeQuery("delete from datasets").executeUpdate();
    }
}

package org.geofacts.organization;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.geofacts.caching.Lookups;
import org.geofacts.model.AliasKey;
import org.geofacts.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OrganizationRepository implements PanacheRepositoryBase<Organization, String> {

    @Inject
    Lookups lookups;

    public boolean exists(String id) {
        return count("id", id) > 0;
    }

    public List<String> idsMatching(String name) {
        return lookups.get("organization-ids", name, () -> List.copyOf(getEntityManager().createQuery(
                "select distinct o.id from Organization o left join o.aliases a where o.id = :id or a.aliasKey = :key",
                String.class)
                .setParameter("id", name.trim())
                .setParameter("key", AliasKey.fold(name))
                .getResultList()));
    }

    public List<Organization> page(PageRequest page) {
        return find(page.after() == null ? "order by id" : "id > ?1 order by id",
                page.after() == null ? new Object[0] : new Object[] {page.after()})
                .page(0, page.fetchSize()).list();
    }

    /**
     * The organization with this id to refer to from another fact being written, without reading it: the
     * write has checked that it exists, and only its id is stored.
     */
    public Organization reference(String id) {
        return getEntityManager().getReference(Organization.class, id);
    }
}

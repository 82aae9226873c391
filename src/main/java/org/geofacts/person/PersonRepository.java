package org.geofacts.person;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.geofacts.caching.Lookups;
import org.geofacts.model.AliasKey;
import org.geofacts.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, String> {

    @Inject
    Lookups lookups;

    public boolean exists(String id) {
        return count("id", id) > 0;
    }

    /** Ids of the people whose id, or any alias, matches the name (case-, accent- and hyphen-insensitive). */
    public List<String> idsMatching(String name) {
        return lookups.get("person-ids", name, () -> List.copyOf(getEntityManager().createQuery(
                "select distinct p.id from Person p left join p.aliases a where p.id = :id or a.aliasKey = :key",
                String.class)
                .setParameter("id", name.trim())
                .setParameter("key", AliasKey.fold(name))
                .getResultList()));
    }

    public List<Person> page(List<String> onlyIds, PageRequest page) {
        StringBuilder where = new StringBuilder("1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (onlyIds != null) {
            where.append(" and id in :ids");
            params.put("ids", onlyIds);
        }
        if (page.after() != null) {
            where.append(" and id > :after");
            params.put("after", page.after());
        }
        return find(where + " order by id", params).page(0, page.fetchSize()).list();
    }
}

package org.geofacts.country;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.geofacts.caching.Lookups;
import org.geofacts.model.AliasKey;
import org.geofacts.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CountryRepository implements PanacheRepositoryBase<Country, String> {

    @Inject
    Lookups lookups;

    public boolean exists(String code) {
        return count("code", code) > 0;
    }

    /** Finds a country by ISO alpha-2, alpha-3 or Wikidata QID, in any letter case. */
    public Optional<Country> findByAnyCode(String code) {
        String upper = code.trim().toUpperCase(Locale.ROOT);
        return find("code = ?1 or alpha3 = ?1 or wikidataQid = ?1", upper).firstResultOptional();
    }

    /** Codes of the countries whose code (any form) or alias matches the given name. */
    public List<String> codesMatching(String name) {
        return lookups.get("country-codes", name, () -> List.copyOf(getEntityManager().createQuery(
                "select distinct c.code from Country c left join c.aliases a "
                        + "where c.code = :upper or c.alpha3 = :upper or c.wikidataQid = :upper or a.aliasKey = :key",
                String.class)
                .setParameter("upper", name.trim().toUpperCase(Locale.ROOT))
                .setParameter("key", AliasKey.fold(name))
                .getResultList()));
    }

    public List<Country> page(PageRequest page) {
        return find(page.after() == null ? "order by code" : "code > ?1 order by code",
                page.after() == null ? new Object[0] : new Object[] {page.after()})
                .page(0, page.fetchSize()).list();
    }
}

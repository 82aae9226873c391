package org.geofacts.country;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.geofacts.caching.Lookups;
import org.geofacts.model.AliasKey;
import org.geofacts.model.Timestamps;
import org.geofacts.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CountryRepository implements PanacheRepositoryBase<Country, String> {

    @Inject
    Lookups lookups;

    public boolean exists(String code) {
        return count("code", code) > 0;
    }

    /**
     * A country by ISO alpha-2, alpha-3 or Wikidata QID, in any letter case, as GET serves it. One
     * statement read into the representation: the entity and its lazily loaded aliases cost two
     * statements and most of a cache-missing GET's CPU (bench/README.md).
     */
    public Optional<CountryDto> representationByAnyCode(String code) {
        List<?> rows = getEntityManager().createNativeQuery("""
                select c.code, c.alpha3, c.wikidata_qid, c.name_en, c.name_id, c.updated_at,
                       array(select a.alias from country_aliases a where a.country_code = c.code)
                from countries c where c.code = :code or c.alpha3 = :code or c.wikidata_qid = :code""")
                .setParameter("code", code.trim().toUpperCase(Locale.ROOT))
                .getResultList();
        return rows.stream().findFirst().map(row -> {
            Object[] r = (Object[]) row;
            return new CountryDto((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    Arrays.stream((String[]) r[6]).sorted().toList(), Timestamps.utc(r[5]));
        });
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

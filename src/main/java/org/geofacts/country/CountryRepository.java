package org.geofacts.country;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.geofacts.caching.Lookups;
import org.geofacts.model.Alias;
import org.geofacts.model.AliasKey;
import org.geofacts.model.Timestamps;
import org.geofacts.paging.KeysetQuery;
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
        KeysetQuery query = new KeysetQuery("countries", "code")
                .where("(t.code = {0} or t.alpha3 = {0} or t.wikidata_qid = {0})", code.trim().toUpperCase(Locale.ROOT)).samePlanForAnyValue();
        return representations(query, PageRequest.FIRST_ROW).stream().findFirst();
    }

    /** A page of countries in code order, as the list serves them. */
    public List<CountryDto> page(PageRequest page) {
        return representations(new KeysetQuery("countries", "code"), page);
    }

    private List<CountryDto> representations(KeysetQuery query, PageRequest page) {
        return query.rows(getEntityManager(), page, "t.code, t.alpha3, t.wikidata_qid, t.name_en, t.name_id, t.updated_at, "
                        + Alias.arrayOf("country_aliases", "country_code", "t.code"), "")
                .stream().map(row -> {
                    Object[] r = (Object[]) row;
                    return new CountryDto((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                            Alias.listed(r[6]), Timestamps.utc(r[5]));
                }).toList();
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

    /**
     * The country with this code to refer to from another fact being written, without reading it: the
     * write has checked that it exists, and only its code is stored.
     */
    public Country reference(String code) {
        return getEntityManager().getReference(Country.class, code);
    }
}

package org.geofacts.person;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.geofacts.caching.Lookups;
import org.geofacts.model.Alias;
import org.geofacts.model.AliasKey;
import org.geofacts.model.Refs.CountryRef;
import org.geofacts.model.Timestamps;
import org.geofacts.paging.KeysetQuery;
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

    /**
     * A page of people (only the given ids, when not null) as GET serves them, read in one statement
     * with their country's name and their aliases: the entities cost a statement for the page, then
     * one for each person's aliases and country.
     */
    public List<PersonDto> page(List<String> onlyIds, PageRequest page) {
        KeysetQuery query = new KeysetQuery("people", "id");
        if (onlyIds != null) {
            query.where("t.id = any(cast({0} as text[]))", KeysetQuery.textArray(onlyIds));
        }
        return representations(query, page);
    }

    /** One person as GET serves it, or none. */
    public Optional<PersonDto> representation(String id) {
        return representations(KeysetQuery.byKey("people", "id", id), PageRequest.FIRST_ROW).stream().findFirst();
    }

    private List<PersonDto> representations(KeysetQuery query, PageRequest page) {
        return query.rows(getEntityManager(), page,
                        "t.id, t.name, t.role, c.code, c.name_en, t.wikidata_qid, t.updated_at, "
                                + Alias.arrayOf("person_aliases", "person_id", "t.id"),
                        "left join countries c on c.code = t.country_code")
                .stream().map(row -> {
                    Object[] r = (Object[]) row;
                    return new PersonDto((String) r[0], (String) r[1], (String) r[2],
                            r[3] == null ? null : new CountryRef((String) r[3], (String) r[4]), (String) r[5],
                            Alias.listed(r[7]), Timestamps.utc(r[6]));
                }).toList();
    }

    /**
     * The person with this id to refer to from another fact being written, without reading it: the
     * write has checked that it exists, and only its id is stored.
     */
    public Person reference(String id) {
        return getEntityManager().getReference(Person.class, id);
    }
}

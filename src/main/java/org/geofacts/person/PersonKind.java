package org.geofacts.person;

import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.geofacts.bundle.EntryCheck;
import org.geofacts.bundle.FactBundle;
import org.geofacts.bundle.FactBundle.PersonEntry;
import org.geofacts.bundle.FactKind;
import org.geofacts.bundle.ImportRun;
import org.geofacts.country.CountryRepository;
import org.geofacts.model.Alias;

/** People in bundles and edits: speakers and actors, with their role, country and spellings. */
@Singleton
public class PersonKind extends FactKind<PersonEntry, Person, PersonDto> {

    private final PersonRepository people;
    private final CountryRepository countries;

    public PersonKind(PersonRepository people, PersonService service, CountryRepository countries) {
        super(FactBundle.PEOPLE, PersonEntry.class, Person.class, people, PersonEntry::id, PersonKind::rules, service::get);
        this.people = people;
        this.countries = countries;
    }

    public static void rules(PersonEntry p, EntryCheck check) {
        check.id("id", p.id());
        check.name("name", p.name(), true);
        check.optionalMatch("wikidata", p.wikidata(), EntryCheck.QID, "a Wikidata item id such as Q7747");
        if (p.country() != null) {
            check.country("country", p.country());
        }
        check.aliases("aliases", p.aliases(), p.name());
    }

    @Override
    public void lookUp(Map<PersonEntry, EntryCheck> checks, String documentId) {
        requireUnique(checks, "wikidataQid", "wikidata", PersonEntry::wikidata, "the Wikidata id");
    }

    @Override
    protected void copy(PersonEntry entry, Person person, ImportRun run) {
        person.id = entry.id();
        person.name = entry.name();
        person.role = entry.role();
        person.country = entry.country() == null ? null : countries.reference(entry.country());
        person.wikidataQid = entry.wikidata();
        Alias.replaceAll(person.aliases, entry.aliases());
    }

    @Override
    public Optional<Stored<PersonEntry>> stored(String id) {
        return people.findByIdOptional(id).map(p -> new Stored<>(p.id, new PersonEntry(p.id, p.name, p.role,
                p.country == null ? null : p.country.code, p.wikidataQid, Alias.besides(p.aliases, p.name)), null));
    }
}

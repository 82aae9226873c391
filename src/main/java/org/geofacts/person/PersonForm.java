package org.geofacts.person;

import java.util.Optional;

import jakarta.inject.Singleton;

import org.geofacts.model.Alias;
import org.geofacts.bundle.FactBundle.PersonEntry;
import org.geofacts.editing.FactForm;

/** A person in their bundle-entry form, for curators' edits. */
@Singleton
public class PersonForm extends FactForm<PersonEntry, PersonDto> {

    private final PersonRepository people;
    private final PersonService service;

    public PersonForm(PersonRepository people, PersonService service) {
        super("person", PersonEntry.class, people);
        this.people = people;
        this.service = service;
    }

    @Override
    public Optional<PersonDto> representation(String id) {
        return service.get(id);
    }

    @Override
    public Optional<Stored<PersonEntry>> stored(String id) {
        return people.findByIdOptional(id).map(p -> new Stored<>(p.id, new PersonEntry(p.id, p.name, p.role,
                p.country == null ? null : p.country.code, p.wikidataQid, Alias.besides(p.aliases, p.name)), null));
    }
}

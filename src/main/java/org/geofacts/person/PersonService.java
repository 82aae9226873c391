package org.geofacts.person;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.geofacts.paging.Page;
import org.geofacts.paging.PageRequest;

@ApplicationScoped
public class PersonService {

    private final PersonRepository people;

    public PersonService(PersonRepository people) {
        this.people = people;
    }

    /** @param name the id or any alias, or null for everyone; a name nobody has gives an empty page */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PersonDto> list(String name, PageRequest page) {
        List<String> ids = name == null ? null : people.idsMatching(name);
        List<PersonDto> rows = ids != null && ids.isEmpty() ? List.of() : people.page(ids, page);
        return Page.eachOf(rows, page, PersonDto::id, p -> p);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<PersonDto> get(String id) {
        return people.representation(id);
    }
}

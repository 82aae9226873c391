package org.geofacts.claim;

import jakarta.enterprise.context.ApplicationScoped;

import org.geofacts.country.CountryRepository;
import org.geofacts.organization.OrganizationRepository;
import org.geofacts.person.PersonRepository;

/**
 * Resolves a filter value such as "US", "Washington", "putin" or "nato" to every actor it can
 * name: countries by any code or alias, people and organizations by id or alias.
 */
@ApplicationScoped
public class ActorResolver {

    private final CountryRepository countries;
    private final PersonRepository people;
    private final OrganizationRepository organizations;

    public ActorResolver(CountryRepository countries, PersonRepository people, OrganizationRepository organizations) {
        this.countries = countries;
        this.people = people;
        this.organizations = organizations;
    }

    public ActorKeys resolve(String name) {
        return new ActorKeys(countries.codesMatching(name), people.idsMatching(name), organizations.idsMatching(name));
    }
}

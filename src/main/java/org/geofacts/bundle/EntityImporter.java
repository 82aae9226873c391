package org.geofacts.bundle;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.geofacts.model.Alias;
import org.geofacts.country.Country;
import org.geofacts.country.CountryRepository;
import org.geofacts.bundle.FactBundle.CountryEntry;
import org.geofacts.bundle.FactBundle.OrganizationEntry;
import org.geofacts.bundle.FactBundle.PersonEntry;
import org.geofacts.bundle.ImportReport.Outcome;
import org.geofacts.organization.Organization;
import org.geofacts.organization.OrganizationRepository;
import org.geofacts.person.Person;
import org.geofacts.person.PersonRepository;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.geofacts.model.Fingerprint;

/**
 * Upserts the entities a bundle names: countries, people and organizations. They are shared by
 * every document, so an import adds and updates them but never deletes them.
 */
@ApplicationScoped
class EntityImporter {

    private final CountryRepository countries;
    private final PersonRepository people;
    private final OrganizationRepository organizations;
    private final ObjectMapper mapper;

    EntityImporter(CountryRepository countries, PersonRepository people, OrganizationRepository organizations,
            ObjectMapper mapper) {
        this.countries = countries;
        this.people = people;
        this.organizations = organizations;
        this.mapper = mapper;
    }

    /** @param mode on RELOAD, entities a curator last wrote stay as they are */
    void importAll(FactBundle bundle, String actor, ImportReport.Tally tally, ImportMode mode) {
        bundle.countries().forEach(entry -> tally.add("countries", country(entry, actor, mode)));
        countries.flush();
        bundle.people().forEach(entry -> tally.add("people", person(entry, actor, mode)));
        bundle.organizations().forEach(entry -> tally.add("organizations", organization(entry, actor, mode)));
        people.flush();
    }

    private Outcome country(CountryEntry entry, String actor, ImportMode mode) {
        String hash = Fingerprint.of(mapper, entry.canonical());
        Country country = countries.findById(entry.code());
        if (mode.keepsAsCuratorsLeftIt(country)) {
            return Outcome.UNCHANGED;
        }
        Outcome outcome = outcome(country == null, country == null ? null : country.sourceHash, hash);
        if (outcome == Outcome.UNCHANGED) {
            return outcome;
        }
        if (country == null) {
            country = new Country();
            country.code = entry.code();
        }
        country.alpha3 = entry.alpha3();
        country.wikidataQid = entry.wikidata();
        country.nameEn = entry.nameEn();
        country.nameId = entry.nameId();
        replaceAliases(country.aliases, entry.canonical().aliases());
        country.sourceHash = hash;
        country.touchedBy(actor);
        countries.persist(country);
        return outcome;
    }

    private Outcome person(PersonEntry entry, String actor, ImportMode mode) {
        String hash = Fingerprint.of(mapper, entry.canonical());
        Person person = people.findById(entry.id());
        if (mode.keepsAsCuratorsLeftIt(person)) {
            return Outcome.UNCHANGED;
        }
        Outcome outcome = outcome(person == null, person == null ? null : person.sourceHash, hash);
        if (outcome == Outcome.UNCHANGED) {
            return outcome;
        }
        if (person == null) {
            person = new Person();
            person.id = entry.id();
        }
        person.name = entry.name();
        person.role = entry.role();
        person.country = entry.country() == null ? null : countries.findById(entry.country());
        person.wikidataQid = entry.wikidata();
        replaceAliases(person.aliases, entry.canonical().aliases());
        person.sourceHash = hash;
        person.touchedBy(actor);
        people.persist(person);
        return outcome;
    }

    private Outcome organization(OrganizationEntry entry, String actor, ImportMode mode) {
        String hash = Fingerprint.of(mapper, entry.canonical());
        Organization organization = organizations.findById(entry.id());
        if (mode.keepsAsCuratorsLeftIt(organization)) {
            return Outcome.UNCHANGED;
        }
        Outcome outcome = outcome(organization == null, organization == null ? null : organization.sourceHash, hash);
        if (outcome == Outcome.UNCHANGED) {
            return outcome;
        }
        if (organization == null) {
            organization = new Organization();
            organization.id = entry.id();
        }
        organization.nameEn = entry.nameEn();
        organization.nameId = entry.nameId();
        organization.kind = entry.kind();
        organization.wikidataQid = entry.wikidata();
        replaceAliases(organization.aliases, entry.canonical().aliases());
        organization.sourceHash = hash;
        organization.touchedBy(actor);
        organizations.persist(organization);
        return outcome;
    }

    static Outcome outcome(boolean absent, String storedHash, String newHash) {
        if (absent) {
            return Outcome.CREATED;
        }
        return newHash.equals(storedHash) ? Outcome.UNCHANGED : Outcome.UPDATED;
    }

    /** The canonical entry's aliases: the names are aliases too, so a filter by any name form finds the entity. */
    private static void replaceAliases(Set<Alias> target, List<String> aliases) {
        target.clear();
        aliases.forEach(a -> target.add(new Alias(a)));
    }
}

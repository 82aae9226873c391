package org.geofacts.person;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.geofacts.model.Alias;
import org.geofacts.model.ImportedFact;
import org.geofacts.country.Country;

@Entity
@Table(name = "people")
public class Person extends ImportedFact {

    @Id
    public String id;

    public String name;

    public String role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "country_code")
    public Country country;

    public String wikidataQid;

    @ElementCollection
    @CollectionTable(name = "person_aliases", joinColumns = @JoinColumn(name = "person_id"))
    public Set<Alias> aliases = new LinkedHashSet<>();
}

package org.geofacts.country;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.geofacts.model.Alias;
import org.geofacts.model.ImportedFact;

@Entity
@Table(name = "countries")
public class Country extends ImportedFact {

    /** ISO 3166-1 alpha-2; the id in the API. */
    @Id
    public String code;

    public String alpha3;

    public String wikidataQid;

    public String nameEn;

    public String nameId;

    @ElementCollection
    @CollectionTable(name = "country_aliases", joinColumns = @JoinColumn(name = "country_code"))
    public Set<Alias> aliases = new LinkedHashSet<>();
}

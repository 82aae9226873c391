package org.geofacts.organization;

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
@Table(name = "organizations")
public class Organization extends ImportedFact {

    @Id
    public String id;

    public String nameEn;

    public String nameId;

    public String kind;

    public String wikidataQid;

    @ElementCollection
    @CollectionTable(name = "organization_aliases", joinColumns = @JoinColumn(name = "organization_id"))
    public Set<Alias> aliases = new LinkedHashSet<>();
}

package org.geofacts.agreement;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.geofacts.model.AuditedEntity;
import org.geofacts.country.Country;

@Entity
@Table(name = "agreements")
public class Agreement extends AuditedEntity {

    @Id
    public String id;

    public String nameEn;

    public String nameId;

    public String kind;

    public String status;

    public String signedValue;

    public LocalDate signedEarliest;

    public LocalDate signedLatest;

    public String signedPlace;

    /** The document the agreement was first described in. */
    public String documentId;

    public String sourceHash;

    @ManyToMany
    @JoinTable(name = "agreement_parties",
            joinColumns = @JoinColumn(name = "agreement_id"),
            inverseJoinColumns = @JoinColumn(name = "country_code"))
    @OrderBy("code")
    public Set<Country> parties = new LinkedHashSet<>();
}

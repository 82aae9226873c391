package org.geofacts.agreement;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.geofacts.model.DocumentFact;
import org.geofacts.model.StatedDate;
import org.geofacts.country.Country;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;

@Entity
@Table(name = "agreements")
public class Agreement extends DocumentFact {

    @Id
    public String id;

    public String nameEn;

    public String nameId;

    public String kind;

    public String status;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "signed_value"))
    @AttributeOverride(name = "earliest", column = @Column(name = "signed_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "signed_latest"))
    public StatedDate signed;

    public String signedPlace;

    @ManyToMany
    @JoinTable(name = "agreement_parties",
            joinColumns = @JoinColumn(name = "agreement_id"),
            inverseJoinColumns = @JoinColumn(name = "country_code"))
    @OrderBy("code")
    public Set<Country> parties = new LinkedHashSet<>();
}

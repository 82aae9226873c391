package org.geofacts.relation;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.geofacts.model.DocumentFact;
import org.geofacts.model.StatedDate;
import org.geofacts.country.Country;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;

/** A directed relation between two countries that a document states. */
@Entity
@Table(name = "relations")
public class Relation extends DocumentFact {

    @Id
    public String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_country")
    public Country source;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_country")
    public Country target;

    public String kind;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "since_value"))
    @AttributeOverride(name = "earliest", column = @Column(name = "since_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "since_latest"))
    public StatedDate since;
}

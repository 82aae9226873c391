package org.geofacts.relation;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.geofacts.model.AuditedEntity;
import org.geofacts.country.Country;

/** A directed relation between two countries that a document states. */
@Entity
@Table(name = "relations")
public class Relation extends AuditedEntity {

    @Id
    public String id;

    public String documentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_country")
    public Country source;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_country")
    public Country target;

    public String kind;

    public String sinceValue;

    public LocalDate sinceEarliest;

    public LocalDate sinceLatest;

    public String sourceHash;
}

package org.geofacts.agreement;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.geofacts.model.AuditedEntity;

/** A provision of an agreement, identified in the API by its agreement and ordinal. */
@Entity
@Table(name = "clauses")
public class Clause extends AuditedEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String agreementId;

    public int ordinal;

    /** Provision type from a closed vocabulary modelled on the ATOP codes. */
    public String type;

    public String summaryEn;
}

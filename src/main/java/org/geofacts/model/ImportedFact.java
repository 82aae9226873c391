package org.geofacts.model;

import jakarta.persistence.MappedSuperclass;

/**
 * A fact the bundle pipeline writes: audited, and fingerprinted by the bundle entry it was last
 * written from, so importing an unchanged entry again writes nothing.
 */
@MappedSuperclass
public abstract class ImportedFact extends AuditedEntity {

    /** SHA-256 of the canonical bundle entry; empty when the row was changed behind the importer. */
    public String sourceHash;
}

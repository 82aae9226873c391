package org.geofacts.model;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

/** Audit columns and the optimistic-lock version every stored fact carries. */
@MappedSuperclass
public abstract class AuditedEntity {

    @Version
    public long version;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(nullable = false)
    public OffsetDateTime updatedAt;

    @Column(nullable = false, updatable = false)
    public String createdBy;

    @Column(nullable = false)
    public String updatedBy;

    /** Records who changes this fact; call before persisting or updating. */
    public void touchedBy(String actor) {
        if (createdBy == null) {
            createdBy = actor;
        }
        updatedBy = actor;
    }

    @PrePersist
    void onCreate() {
        // Microseconds, as PostgreSQL stores them: a representation built before a reload reads the same.
        createdAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
    }
}

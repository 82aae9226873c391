package org.geofacts.common;

import java.time.OffsetDateTime;

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
        createdAt = OffsetDateTime.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = OffsetDateTime.now();
    }
}

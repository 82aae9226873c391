package org.geofacts.document;


import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.geofacts.model.AuditedEntity;
import org.geofacts.model.StatedDate;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;

/** A source text, stored verbatim. Its body never changes once stored: evidence points into it. */
@Entity
@Table(name = "documents")
public class Document extends AuditedEntity {

    @Id
    public String id;

    @Basic(fetch = FetchType.LAZY)
    public String body;

    public String sha256;

    public String lang;

    public String title;

    public String publisher;

    public String url;

    @Embedded
    @AttributeOverride(name = "value", column = @Column(name = "published_value"))
    @AttributeOverride(name = "earliest", column = @Column(name = "published_earliest"))
    @AttributeOverride(name = "latest", column = @Column(name = "published_latest"))
    public StatedDate published;
}

package org.geofacts.document;

import java.time.LocalDate;

import jakarta.persistence.Basic;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.geofacts.model.AuditedEntity;

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

    public String publishedValue;

    public LocalDate publishedEarliest;

    public LocalDate publishedLatest;
}

package org.geofacts.model;

import jakarta.persistence.MappedSuperclass;

/** A fact stated by one document, whose evidence points into that document's text. */
@MappedSuperclass
public abstract class DocumentFact extends ImportedFact {

    /** The document the fact was first described in; it never changes. */
    public String documentId;
}

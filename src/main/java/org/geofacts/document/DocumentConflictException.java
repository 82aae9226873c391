package org.geofacts.document;

/** A document that cannot be stored as given: its id holds another text, or its text another id. */
public class DocumentConflictException extends RuntimeException {

    public DocumentConflictException(String message) {
        super(message, null, false, false);
    }
}

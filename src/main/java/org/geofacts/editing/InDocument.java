package org.geofacts.editing;

/** The member that names a new fact's document, next to its bundle entry's members. */
public final class InDocument {

    public static final String DESCRIPTION = "Id of the stored document whose text holds the evidence. Fixed once the fact "
            + "exists: a PUT or PATCH may repeat it but not change it.";

    private InDocument() {
    }
}

package org.geofacts.model;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Timestamps read by native queries, given as the entities give them. */
public final class Timestamps {

    private Timestamps() {
    }

    /** A timestamptz column's value in UTC; the driver may hand over an OffsetDateTime, a Timestamp or an Instant. */
    public static OffsetDateTime utc(Object value) {
        Instant instant = value instanceof OffsetDateTime time ? time.toInstant()
                : value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant()
                : (Instant) value;
        return instant.atOffset(ZoneOffset.UTC);
    }
}

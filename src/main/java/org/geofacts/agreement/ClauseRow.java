package org.geofacts.agreement;

/**
 * One clause as GET reads it: its columns, without the entity. Reads build answers from rows; the
 * {@link Clause} entity is for writes.
 */
record ClauseRow(long id, int ordinal, String type, String summaryEn) {

    /** The select list {@link #of(Object)} reads, over clauses t. */
    static final String SELECT = "t.id, t.ordinal, t.type, t.summary_en";

    static ClauseRow of(Object row) {
        Object[] r = (Object[]) row;
        return new ClauseRow(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2], (String) r[3]);
    }
}

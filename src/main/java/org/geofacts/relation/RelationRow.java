package org.geofacts.relation;

import java.time.OffsetDateTime;

import org.geofacts.model.Timestamps;

/**
 * One relation as a read shows it: its columns and both countries' names, from one statement.
 * Reads build answers from rows; the {@link Relation} entity is for writes.
 */
record RelationRow(String id, String documentId, String sourceCode, String sourceName, String targetCode, String targetName,
        String kind, String since, OffsetDateTime updatedAt) {

    /** The select list {@link #of(Object)} reads, over relations t. */
    static final String SELECT = "t.id, t.document_id, s.code, s.name_en, g.code, g.name_en, t.kind, t.since_value, t.updated_at";
    static final String JOINS = "join countries s on s.code = t.source_country join countries g on g.code = t.target_country";

    static RelationRow of(Object row) {
        Object[] r = (Object[]) row;
        return new RelationRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], (String) r[7], Timestamps.utc(r[8]));
    }
}

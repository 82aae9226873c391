package org.geofacts.quote;

import java.time.OffsetDateTime;

import org.geofacts.model.Timestamps;

/**
 * One quote as a list reads it: its columns and the names of its speaker and channel, from one
 * statement. Reads build answers from rows; the {@link Quote} entity is for writes.
 */
record QuoteRow(String id, String documentId, String text, String lang, String textEn, String kind, String aboutAgreementId,
        OffsetDateTime updatedAt, String personId, String personName, String organizationId, String organizationName,
        String channelId, String channelName) {

    /** The select list {@link #of(Object)} reads, over quotes t. */
    static final String SELECT = "t.id, t.document_id, t.text, t.lang, t.text_en, t.kind, t.about_agreement_id, t.updated_at, "
            + "p.id, p.name, o.id, o.name_en, c.id, c.name_en";
    static final String JOINS = "left join people p on p.id = t.speaker_id "
            + "left join organizations o on o.id = t.speaker_organization_id "
            + "left join organizations c on c.id = t.channel_id";

    static QuoteRow of(Object row) {
        Object[] r = (Object[]) row;
        return new QuoteRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], Timestamps.utc(r[7]), (String) r[8], (String) r[9], (String) r[10], (String) r[11], (String) r[12],
                (String) r[13]);
    }
}

package org.geofacts.claim;

import java.time.OffsetDateTime;

import org.geofacts.model.Timestamps;

/** One claim as reads need it, from one statement; the {@link Claim} entity is for writes. */
record ClaimRow(String id, String documentId, String statement, String statementLang, String statementEn, String category,
        String modality, String aboutAgreementId, OffsetDateTime updatedAt) {

    /** The select list {@link #of(Object)} reads, over claims t. */
    static final String SELECT = "t.id, t.document_id, t.statement, t.statement_lang, t.statement_en, t.category, t.modality, "
            + "t.about_agreement_id, t.updated_at";

    static ClaimRow of(Object row) {
        Object[] r = (Object[]) row;
        return new ClaimRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                (String) r[6], (String) r[7], Timestamps.utc(r[8]));
    }
}

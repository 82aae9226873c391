package org.geofacts.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A span of a stored document that supports a fact (W3C Web Annotation TextPositionSelector and
 * TextQuoteSelector). Offsets are Unicode code points, end exclusive. Exactly one owner column is
 * set; a database trigger rejects any span whose text differs from the document.
 */
@Entity
@Table(name = "evidence_spans")
public class EvidenceSpan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String documentId;

    @Column(name = "start_offset")
    public int start;

    @Column(name = "end_offset")
    public int end;

    public String exact;

    public String prefix;

    public String suffix;

    /** Order of this span among its owner's spans. */
    public int position;

    public String agreementId;

    public Long clauseId;

    public String claimId;

    public String quoteId;

    public String relationId;

    public static EvidenceSpan of(LocatedSpan span, int position) {
        EvidenceSpan entity = new EvidenceSpan();
        entity.documentId = span.documentId();
        entity.start = span.start();
        entity.end = span.end();
        entity.exact = span.exact();
        entity.prefix = span.prefix();
        entity.suffix = span.suffix();
        entity.position = position;
        return entity;
    }
}

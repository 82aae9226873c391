-- Evidence spans are checked against their documents once per statement instead of once per row.
--
-- The row trigger of V1 read the whole document body for every span: a body is TOASTed and
-- compressed, so a document with 200 spans was decompressed 200 times, and loading a million
-- spans spent most of its time there (bench/README.md, "Scale"). These triggers see the
-- statement's new rows as a transition table, visit them in document order and read each
-- document once. The rule is the one V1 enforced: a span whose exact text is not the document's
-- text at [start_offset, end_offset) fails the statement, with the same message and SQLSTATE.
--
-- AFTER ... FOR EACH STATEMENT runs after the table's CHECK constraints, so every row here already
-- has char_length(exact) = end_offset - start_offset; substr then equals exact only if the span
-- lies inside the body, and no separate length check is needed. Documents are immutable (V1), so
-- checking a span when it is written is checking it for good.

DROP TRIGGER evidence_spans_verify ON evidence_spans;
DROP FUNCTION evidence_span_matches_document();

-- PostgreSQL substr counts characters (code points in UTF-8 databases), matching the API's offsets.
-- substr of a UTF-8 text walks the characters from the start, so in a long document every span
-- costs in proportion to its offset (about 50 microseconds at 20,000 characters). In a document that is all
-- ASCII a character is a byte, and the span is compared as bytes at its offset instead, at a cost
-- independent of where it lies.
CREATE FUNCTION evidence_spans_match_documents() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    span record;
    doc_id text;
    doc text;
    ascii_doc bytea;
    matches boolean;
BEGIN
    FOR span IN SELECT document_id, start_offset, end_offset, exact FROM new_spans ORDER BY document_id LOOP
        IF doc_id IS DISTINCT FROM span.document_id THEN
            doc_id := span.document_id;
            SELECT body INTO doc FROM documents WHERE id = doc_id;
            ascii_doc := NULL;
            IF octet_length(doc) = char_length(doc) THEN
                ascii_doc := convert_to(doc, 'UTF8');
            END IF;
        END IF;
        IF doc IS NULL THEN
            matches := false;
        ELSIF ascii_doc IS NOT NULL THEN
            matches := substring(ascii_doc FROM span.start_offset + 1 FOR span.end_offset - span.start_offset)
                       = convert_to(span.exact, 'UTF8');
        ELSE
            matches := substr(doc, span.start_offset + 1, span.end_offset - span.start_offset) = span.exact;
        END IF;
        IF NOT matches THEN
            RAISE EXCEPTION 'evidence span [%, %) does not match document %', span.start_offset, span.end_offset, span.document_id
                USING ERRCODE = 'check_violation';
        END IF;
    END LOOP;
    RETURN NULL;
END;
$$;

-- A trigger with a transition table may have only one event, hence two.
CREATE TRIGGER evidence_spans_verify_insert
    AFTER INSERT ON evidence_spans
    REFERENCING NEW TABLE AS new_spans
    FOR EACH STATEMENT EXECUTE FUNCTION evidence_spans_match_documents();

CREATE TRIGGER evidence_spans_verify_update
    AFTER UPDATE ON evidence_spans
    REFERENCING NEW TABLE AS new_spans
    FOR EACH STATEMENT EXECUTE FUNCTION evidence_spans_match_documents();

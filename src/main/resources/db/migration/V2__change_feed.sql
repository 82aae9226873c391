-- Change feed: one row per created, updated or deleted fact, in commit order.
-- Writers serialise on a transaction-scoped advisory lock (see WriteSession), so sequence order
-- is commit order and a consumer reading "seq > last seen" never misses or re-reads a change.

CREATE TABLE changes (
    seq       bigserial PRIMARY KEY,
    kind      text        NOT NULL,
    entity_id text        NOT NULL,
    op        text        NOT NULL CHECK (op IN ('created', 'updated', 'deleted')),
    at        timestamptz NOT NULL DEFAULT now(),
    actor     text
);

CREATE FUNCTION record_change() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    fact jsonb := CASE WHEN TG_OP = 'DELETE' THEN to_jsonb(OLD) ELSE to_jsonb(NEW) END;
BEGIN
    INSERT INTO changes (kind, entity_id, op, actor)
    VALUES (TG_ARGV[0],
            CASE TG_TABLE_NAME
                WHEN 'countries' THEN fact ->> 'code'
                WHEN 'clauses' THEN (fact ->> 'agreement_id') || '/' || (fact ->> 'ordinal')
                ELSE fact ->> 'id' END,
            CASE TG_OP WHEN 'INSERT' THEN 'created' WHEN 'UPDATE' THEN 'updated' ELSE 'deleted' END,
            current_setting('geofacts.actor', true));
    RETURN NULL;
END;
$$;

CREATE TRIGGER documents_changes AFTER INSERT OR UPDATE OR DELETE ON documents FOR EACH ROW EXECUTE FUNCTION record_change('document');
CREATE TRIGGER countries_changes AFTER INSERT OR UPDATE OR DELETE ON countries FOR EACH ROW EXECUTE FUNCTION record_change('country');
CREATE TRIGGER people_changes AFTER INSERT OR UPDATE OR DELETE ON people FOR EACH ROW EXECUTE FUNCTION record_change('person');
CREATE TRIGGER organizations_changes AFTER INSERT OR UPDATE OR DELETE ON organizations FOR EACH ROW EXECUTE FUNCTION record_change('organization');
CREATE TRIGGER agreements_changes AFTER INSERT OR UPDATE OR DELETE ON agreements FOR EACH ROW EXECUTE FUNCTION record_change('agreement');
CREATE TRIGGER clauses_changes AFTER INSERT OR UPDATE OR DELETE ON clauses FOR EACH ROW EXECUTE FUNCTION record_change('clause');
CREATE TRIGGER claims_changes AFTER INSERT OR UPDATE OR DELETE ON claims FOR EACH ROW EXECUTE FUNCTION record_change('claim');
CREATE TRIGGER quotes_changes AFTER INSERT OR UPDATE OR DELETE ON quotes FOR EACH ROW EXECUTE FUNCTION record_change('quote');
CREATE TRIGGER relations_changes AFTER INSERT OR UPDATE OR DELETE ON relations FOR EACH ROW EXECUTE FUNCTION record_change('relation');

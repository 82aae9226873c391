-- A quote's or claim's English translation may wait for a curator: the extractor proposes quotes
-- and claims from articles in any language, and a machine must not invent a translation. Search
-- then reads the original words alone.
ALTER TABLE quotes ALTER COLUMN text_en DROP NOT NULL;
ALTER TABLE quotes DROP COLUMN search;
ALTER TABLE quotes ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('indonesian', text), 'A') ||
    setweight(to_tsvector('english', coalesce(text_en, '')), 'A')) STORED;
CREATE INDEX quotes_search_idx ON quotes USING gin (search);
ALTER TABLE quotes ALTER COLUMN search SET STATISTICS 1000;

ALTER TABLE claims ALTER COLUMN statement_en DROP NOT NULL;
ALTER TABLE claims DROP COLUMN search;
ALTER TABLE claims ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('indonesian', statement), 'A') ||
    setweight(to_tsvector('english', coalesce(statement_en, '')), 'A')) STORED;
CREATE INDEX claims_search_idx ON claims USING gin (search);
ALTER TABLE claims ALTER COLUMN search SET STATISTICS 1000;

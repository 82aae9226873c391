-- geofacts fact model. Flyway owns the schema; Hibernate only validates it.
-- Every fact that states something (clause, claim, quote, relation, agreement) is tied to
-- evidence spans into a stored document, and the span text is checked against the document
-- by a trigger, so no code path can store a span that does not match its source.

-- Partial dates: the value is stored as written (YYYY, YYYY-MM or YYYY-MM-DD, never padded);
-- earliest/latest are the interval the value stands for, used only for range filters.

CREATE TABLE documents (
    id                 text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    body               text        NOT NULL,
    sha256             text    NOT NULL UNIQUE CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    lang               text        NOT NULL,
    title              text        NOT NULL,
    publisher          text,
    url                text,
    published_value    text CHECK (published_value ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    published_earliest date,
    published_latest   date,
    version            bigint      NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    created_by         text        NOT NULL,
    updated_by         text        NOT NULL
);

CREATE TABLE countries (
    code         text PRIMARY KEY CHECK (code ~ '^[A-Z]{2}$'),
    alpha3       text NOT NULL UNIQUE CHECK (alpha3 ~ '^[A-Z]{3}$'),
    wikidata_qid text UNIQUE CHECK (wikidata_qid ~ '^Q[1-9][0-9]*$'),
    name_en      text    NOT NULL,
    name_id      text    NOT NULL,
    source_hash  text NOT NULL,
    version      bigint      NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text        NOT NULL,
    updated_by   text        NOT NULL
);

-- alias_key is the alias folded for matching (lower case, no accents, punctuation as spaces).
CREATE TABLE country_aliases (
    country_code text NOT NULL REFERENCES countries (code) ON DELETE CASCADE,
    alias        text    NOT NULL,
    alias_key    text    NOT NULL,
    PRIMARY KEY (country_code, alias)
);
CREATE INDEX country_aliases_key_idx ON country_aliases (alias_key);

CREATE TABLE people (
    id           text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name         text NOT NULL,
    role         text,
    country_code text REFERENCES countries (code),
    wikidata_qid text UNIQUE CHECK (wikidata_qid ~ '^Q[1-9][0-9]*$'),
    source_hash  text NOT NULL,
    version      bigint      NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text        NOT NULL,
    updated_by   text        NOT NULL
);

CREATE TABLE person_aliases (
    person_id text NOT NULL REFERENCES people (id) ON DELETE CASCADE,
    alias     text NOT NULL,
    alias_key text NOT NULL,
    PRIMARY KEY (person_id, alias)
);
CREATE INDEX person_aliases_key_idx ON person_aliases (alias_key);

CREATE TABLE organizations (
    id           text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_en      text NOT NULL,
    name_id      text,
    kind         text NOT NULL CHECK (kind IN ('alliance', 'un_body', 'news_agency', 'government_body', 'bloc', 'company', 'other')),
    wikidata_qid text UNIQUE CHECK (wikidata_qid ~ '^Q[1-9][0-9]*$'),
    source_hash  text NOT NULL,
    version      bigint      NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text        NOT NULL,
    updated_by   text        NOT NULL
);

CREATE TABLE organization_aliases (
    organization_id text NOT NULL REFERENCES organizations (id) ON DELETE CASCADE,
    alias           text NOT NULL,
    alias_key       text NOT NULL,
    PRIMARY KEY (organization_id, alias)
);
CREATE INDEX organization_aliases_key_idx ON organization_aliases (alias_key);

CREATE TABLE agreements (
    id              text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name_en         text NOT NULL,
    name_id         text,
    kind            text NOT NULL CHECK (kind IN ('treaty', 'agreement', 'memorandum', 'declaration', 'other')),
    status          text NOT NULL CHECK (status IN ('proposed', 'signed', 'ratified', 'in_force', 'suspended', 'terminated')),
    signed_value    text CHECK (signed_value ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    signed_earliest date,
    signed_latest   date,
    signed_place    text,
    document_id     text NOT NULL REFERENCES documents (id),
    source_hash     text NOT NULL,
    version         bigint      NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text        NOT NULL,
    updated_by      text        NOT NULL,
    CHECK ((signed_value IS NULL) = (signed_earliest IS NULL) AND (signed_value IS NULL) = (signed_latest IS NULL))
);

CREATE TABLE agreement_parties (
    agreement_id text    NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    country_code text NOT NULL REFERENCES countries (code),
    PRIMARY KEY (agreement_id, country_code)
);
CREATE INDEX agreement_parties_country_idx ON agreement_parties (country_code);

CREATE TABLE clauses (
    id           bigserial PRIMARY KEY,
    agreement_id text    NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
    ordinal      integer NOT NULL CHECK (ordinal >= 1),
    type         text    NOT NULL CHECK (type IN ('mutual_defense', 'offense', 'neutrality', 'non_aggression', 'consultation',
                                                  'military_cooperation', 'military_technical_cooperation',
                                                  'economic_cooperation', 'political_cooperation', 'other')),
    summary_en   text    NOT NULL,
    search       tsvector GENERATED ALWAYS AS (to_tsvector('english', summary_en)) STORED,
    version      bigint      NOT NULL DEFAULT 0,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now(),
    created_by   text        NOT NULL,
    updated_by   text        NOT NULL,
    UNIQUE (agreement_id, ordinal)
);
CREATE INDEX clauses_search_idx ON clauses USING gin (search);

CREATE TABLE claims (
    id              text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    document_id     text NOT NULL REFERENCES documents (id),
    statement       text NOT NULL,
    statement_lang  text NOT NULL,
    statement_en    text NOT NULL,
    category        text NOT NULL CHECK (category IN ('military', 'arms_transfer', 'arms_control', 'sanctions', 'alliance',
                                                      'diplomacy', 'economy', 'international_law', 'security', 'other')),
    modality        text NOT NULL CHECK (modality IN ('asserted', 'alleged', 'denied', 'predicted', 'demanded', 'promised')),
    about_agreement_id text REFERENCES agreements (id),
    search          tsvector GENERATED ALWAYS AS (
                        setweight(to_tsvector('indonesian', statement), 'A') ||
                        setweight(to_tsvector('english', statement_en), 'A')) STORED,
    source_hash     text NOT NULL,
    version         bigint      NOT NULL DEFAULT 0,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now(),
    created_by      text        NOT NULL,
    updated_by      text        NOT NULL
);
CREATE INDEX claims_search_idx ON claims USING gin (search);
CREATE INDEX claims_document_idx ON claims (document_id, id);

-- Claimants and subjects: each row names exactly one country, person or organization.
CREATE TABLE claim_actors (
    id              bigserial PRIMARY KEY,
    claim_id        text NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    role            text NOT NULL CHECK (role IN ('claimant', 'subject')),
    position        integer NOT NULL,
    country_code    text REFERENCES countries (code),
    person_id       text REFERENCES people (id),
    organization_id text REFERENCES organizations (id),
    UNIQUE (claim_id, role, position),
    CHECK (num_nonnulls(country_code, person_id, organization_id) = 1)
);
CREATE INDEX claim_actors_country_idx ON claim_actors (country_code, role);
CREATE INDEX claim_actors_person_idx ON claim_actors (person_id, role);
CREATE INDEX claim_actors_organization_idx ON claim_actors (organization_id, role);

CREATE TABLE quotes (
    id                 text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    document_id        text NOT NULL REFERENCES documents (id),
    speaker_id         text NOT NULL REFERENCES people (id),
    text               text NOT NULL,
    lang               text NOT NULL,
    text_en            text NOT NULL,
    kind               text NOT NULL CHECK (kind IN ('direct', 'partial')),
    channel_id         text REFERENCES organizations (id),
    about_agreement_id text REFERENCES agreements (id),
    search             tsvector GENERATED ALWAYS AS (
                           setweight(to_tsvector('indonesian', text), 'A') ||
                           setweight(to_tsvector('english', text_en), 'A')) STORED,
    source_hash        text NOT NULL,
    version            bigint      NOT NULL DEFAULT 0,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    created_by         text        NOT NULL,
    updated_by         text        NOT NULL
);
CREATE INDEX quotes_search_idx ON quotes USING gin (search);
CREATE INDEX quotes_speaker_idx ON quotes (speaker_id, id);
CREATE INDEX quotes_document_idx ON quotes (document_id, id);
CREATE INDEX quotes_about_idx ON quotes (about_agreement_id, id);

CREATE TABLE relations (
    id             text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    document_id    text    NOT NULL REFERENCES documents (id),
    source_country text NOT NULL REFERENCES countries (code),
    target_country text NOT NULL REFERENCES countries (code),
    kind           text    NOT NULL CHECK (kind IN ('alliance', 'defense_pact', 'arms_supply', 'war', 'support', 'hostility', 'trade', 'cooperation')),
    since_value    text CHECK (since_value ~ '^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'),
    since_earliest date,
    since_latest   date,
    source_hash    text NOT NULL,
    version        bigint      NOT NULL DEFAULT 0,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now(),
    created_by     text        NOT NULL,
    updated_by     text        NOT NULL,
    CHECK (source_country <> target_country)
);
CREATE INDEX relations_source_idx ON relations (source_country, id);
CREATE INDEX relations_target_idx ON relations (target_country, id);

-- Evidence: W3C Web Annotation TextPositionSelector (start/end in code points, end exclusive)
-- plus TextQuoteSelector (exact, prefix, suffix). Exactly one owner per span.
CREATE TABLE evidence_spans (
    id           bigserial PRIMARY KEY,
    document_id  text    NOT NULL REFERENCES documents (id),
    start_offset integer NOT NULL CHECK (start_offset >= 0),
    end_offset   integer NOT NULL,
    exact        text    NOT NULL,
    prefix       text    NOT NULL,
    suffix       text    NOT NULL,
    position     integer NOT NULL,
    agreement_id text   REFERENCES agreements (id) ON DELETE CASCADE,
    clause_id    bigint REFERENCES clauses (id) ON DELETE CASCADE,
    claim_id     text   REFERENCES claims (id) ON DELETE CASCADE,
    quote_id     text   REFERENCES quotes (id) ON DELETE CASCADE,
    relation_id  text   REFERENCES relations (id) ON DELETE CASCADE,
    CHECK (end_offset > start_offset),
    CHECK (char_length(exact) = end_offset - start_offset),
    CHECK (num_nonnulls(agreement_id, clause_id, claim_id, quote_id, relation_id) = 1)
);
CREATE INDEX evidence_agreement_idx ON evidence_spans (agreement_id) WHERE agreement_id IS NOT NULL;
CREATE INDEX evidence_clause_idx ON evidence_spans (clause_id) WHERE clause_id IS NOT NULL;
CREATE INDEX evidence_claim_idx ON evidence_spans (claim_id) WHERE claim_id IS NOT NULL;
CREATE INDEX evidence_quote_idx ON evidence_spans (quote_id) WHERE quote_id IS NOT NULL;
CREATE INDEX evidence_relation_idx ON evidence_spans (relation_id) WHERE relation_id IS NOT NULL;

-- PostgreSQL substr counts characters (code points in UTF-8 databases), matching the API's offsets.
CREATE FUNCTION evidence_span_matches_document() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    doc text;
BEGIN
    SELECT body INTO doc FROM documents WHERE id = NEW.document_id;
    IF doc IS NULL OR NEW.end_offset > char_length(doc)
       OR substr(doc, NEW.start_offset + 1, NEW.end_offset - NEW.start_offset) <> NEW.exact THEN
        RAISE EXCEPTION 'evidence span [%, %) does not match document %', NEW.start_offset, NEW.end_offset, NEW.document_id
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER evidence_spans_verify
    BEFORE INSERT OR UPDATE ON evidence_spans
    FOR EACH ROW EXECUTE FUNCTION evidence_span_matches_document();

-- A stored document is immutable: evidence offsets point into it.
CREATE FUNCTION documents_body_is_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.body <> OLD.body THEN
        RAISE EXCEPTION 'document % text is immutable', OLD.id USING ERRCODE = 'check_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER documents_body_immutable
    BEFORE UPDATE ON documents
    FOR EACH ROW EXECUTE FUNCTION documents_body_is_immutable();

-- Which bundled dataset was loaded, by checksum, so an unchanged restart skips the import.
CREATE TABLE datasets (
    id        text PRIMARY KEY,
    sha256    text    NOT NULL,
    loaded_at timestamptz NOT NULL DEFAULT now()
);

-- Synthetic data for the scale benchmark (bench/scale/run.sh, bench/README.md "## Scale").
--
--   psql -h 127.0.0.1 -U postgres -d geofacts_scale -f bench/scale/generate.sql
--   psql ... -v docs=1000 -v speakers=100 -v quotes=100000 -v claims=100000 -f bench/scale/generate.sql
--
-- Run it against a database that Flyway has migrated and the bundled dataset has been loaded into
-- (start the service against it once), because the claims reuse the countries that dataset loads.
-- Variables (defaults): docs 10000, speakers 1000, quotes 1000000, claims 1000000, seed 0.42,
-- changefeed on (off: the *_changes triggers of the loaded tables are disabled during the load and
-- enabled again at the end, so the change feed then lacks the synthetic rows).
--
-- Everything is set-based (INSERT ... SELECT over generate_series) in one transaction, with every
-- constraint and trigger of the schema in force: in particular the evidence_spans_verify_* triggers check each
-- span against its document, and record_change writes one change-feed row per inserted fact.
--
-- What is generated (all ids start with "scale-", so the rows are easy to tell apart):
--   * people scale-p-NNNNNN with Indonesian names ("Budi Santoso"), a country, and two aliases:
--     the name and "<title> <name>" (alias_key = lower case, non-alphanumerics folded to spaces);
--   * quotes scale-q-NNNNNNNN: speaker uniform over the people, lang 'id', text made of
--     Indonesian words with an English word-by-word rendering in text_en. The nouns are drawn
--     from a 170-word vocabulary with a skewed distribution (index = floor(170 * random()^2), so
--     the first words occur in tens of percent of the rows and the last in about 2 %), and each
--     text ends with a made-up place name ("di Bakala") out of 8,000, i.e. a rare term (~125
--     quotes and ~125 claims each);
--   * claims scale-c-NNNNNNNN: statement in Indonesian + English, random category and modality,
--     one claimant (60 % a country, 40 % a person) and one subject (a country) in claim_actors;
--   * documents scale-doc-NNNNNN: each document holds a contiguous block of quotes and claims
--     (100 + 100 at the default sizes). Its body is an Indonesian-like report in which every quote
--     text and claim statement appears verbatim, so each quote and claim has one evidence span
--     at a known code-point offset (exact = substr(body, start + 1, end - start); prefix/suffix =
--     the 32 characters around it, as SpanLocator computes them).
-- The random numbers come from setseed(:seed) with parallel query off, so a run is repeatable.

\set ON_ERROR_STOP on
\if :{?docs} \else \set docs 10000 \endif
\if :{?speakers} \else \set speakers 1000 \endif
\if :{?quotes} \else \set quotes 1000000 \endif
\if :{?claims} \else \set claims 1000000 \endif
\if :{?seed} \else \set seed 0.42 \endif
\if :{?changefeed} \else \set changefeed on \endif

SELECT (count(*) = 0) AS scale_fresh FROM documents WHERE id LIKE 'scale-%' \gset
\if :scale_fresh
\else
  \echo 'generate.sql: this database already holds scale-* rows; drop and recreate it first.'
  \quit
\endif
SELECT (count(*) >= 2) AS scale_have_countries, count(*) AS scale_countries FROM countries \gset
\if :scale_have_countries
\else
  \echo 'generate.sql: fewer than 2 countries: start the service against this database once first (Flyway + bundled dataset).'
  \quit
\endif
SELECT (:docs >= 1 AND :speakers >= 1 AND :quotes >= 0 AND :claims >= 0
        AND :docs <= 999999 AND :speakers <= 999999 AND :quotes <= 99999999 AND :claims <= 99999999) AS scale_sizes_ok \gset
\if :scale_sizes_ok
\else
  \echo 'generate.sql: sizes out of range (docs, speakers 1..999999; quotes, claims 0..99999999)'
  \quit
\endif

\echo generating docs=:docs speakers=:speakers quotes=:quotes claims=:claims seed=:seed changefeed=:changefeed over :scale_countries countries
\timing on

SET max_parallel_workers_per_gather = 0;   -- repeatable random() order
SET work_mem = '256MB';
SET maintenance_work_mem = '512MB';
SET synchronous_commit = off;
SET temp_buffers = '256MB';

BEGIN;
SET LOCAL geofacts.actor = 'scale-generator';
SELECT clock_timestamp() AS scale_started \gset
SELECT setseed(:seed);

\if :changefeed
\else
ALTER TABLE documents DISABLE TRIGGER documents_changes;
ALTER TABLE people DISABLE TRIGGER people_changes;
ALTER TABLE quotes DISABLE TRIGGER quotes_changes;
ALTER TABLE claims DISABLE TRIGGER claims_changes;
\endif

-- ------------------------------------------------------------------ word lists
-- Nouns, most frequent first (the draw is skewed towards the start of the list).
CREATE TEMP TABLE scale_vocab (i int PRIMARY KEY, w_id text NOT NULL, w_en text NOT NULL) ON COMMIT DROP;
INSERT INTO scale_vocab (i, w_id, w_en)
SELECT row_number() OVER () , w_id, w_en FROM (VALUES
  ('keamanan', 'security'), ('kerja sama', 'cooperation'), ('pertahanan', 'defense'), ('ekonomi', 'economy'),
  ('perdamaian', 'peace'), ('kawasan', 'region'), ('hubungan', 'relations'), ('stabilitas', 'stability'),
  ('perdagangan', 'trade'), ('militer', 'military'), ('sanksi', 'sanctions'), ('perjanjian', 'treaty'),
  ('senjata', 'weapons'), ('energi', 'energy'), ('diplomasi', 'diplomacy'), ('konflik', 'conflict'),
  ('perbatasan', 'border'), ('investasi', 'investment'), ('kedaulatan', 'sovereignty'), ('bantuan', 'aid'),
  ('nuklir', 'nuclear'), ('wilayah', 'territory'), ('rakyat', 'people'), ('hukum', 'law'),
  ('dialog', 'dialogue'), ('ancaman', 'threat'), ('sekutu', 'ally'), ('mitra', 'partner'),
  ('infrastruktur', 'infrastructure'), ('teknologi', 'technology'), ('pangan', 'food'), ('minyak', 'oil'),
  ('perang', 'war'), ('rudal', 'missile'), ('latihan', 'exercise'), ('kemitraan', 'partnership'),
  ('negosiasi', 'negotiation'), ('pertemuan', 'meeting'), ('kunjungan', 'visit'), ('ekspor', 'exports'),
  ('impor', 'imports'), ('tarif', 'tariffs'), ('krisis', 'crisis'), ('pelabuhan', 'port'),
  ('laut', 'sea'), ('pulau', 'island'), ('kapal', 'ship'), ('pesawat', 'aircraft'),
  ('serangan', 'attack'), ('agresi', 'aggression'), ('invasi', 'invasion'), ('gencatan senjata', 'ceasefire'),
  ('parlemen', 'parliament'), ('warga', 'citizens'), ('internasional', 'international'), ('regional', 'regional'),
  ('global', 'global'), ('bilateral', 'bilateral'), ('multilateral', 'multilateral'), ('strategis', 'strategic'),
  ('komprehensif', 'comprehensive'), ('siber', 'cyber'), ('intelijen', 'intelligence'), ('spionase', 'espionage'),
  ('propaganda', 'propaganda'), ('pemilu', 'election'), ('demokrasi', 'democracy'), ('hak asasi', 'human rights'),
  ('pelanggaran', 'violation'), ('kejahatan', 'crime'), ('pengadilan', 'court'), ('resolusi', 'resolution'),
  ('dewan', 'council'), ('embargo', 'embargo'), ('mata uang', 'currency'), ('inflasi', 'inflation'),
  ('samudra', 'ocean'), ('selat', 'strait'), ('ruang udara', 'airspace'), ('daratan', 'mainland'),
  ('nelayan', 'fishermen'), ('pangkalan', 'base'), ('armada', 'fleet'), ('kapal selam', 'submarine'),
  ('drone', 'drone'), ('amunisi', 'ammunition'), ('artileri', 'artillery'), ('tank', 'tanks'),
  ('korban', 'casualties'), ('sipil', 'civilian'), ('evakuasi', 'evacuation'), ('blokade', 'blockade'),
  ('pengawasan', 'surveillance'), ('inspeksi', 'inspection'), ('verifikasi', 'verification'), ('uji coba', 'test'),
  ('peluncuran', 'launch'), ('satelit', 'satellite'), ('antariksa', 'outer space'), ('reaktor', 'reactor'),
  ('uranium', 'uranium'), ('pengayaan', 'enrichment'), ('proliferasi', 'proliferation'), ('perlucutan', 'disarmament'),
  ('ratifikasi', 'ratification'), ('penandatanganan', 'signing'), ('komitmen', 'commitment'), ('janji', 'promise'),
  ('tuduhan', 'accusation'), ('bantahan', 'denial'), ('tuntutan', 'demand'), ('peringatan', 'warning'),
  ('kecaman', 'condemnation'), ('dukungan', 'support'), ('penolakan', 'rejection'), ('netralitas', 'neutrality'),
  ('aliansi', 'alliance'), ('pakta', 'pact'), ('kedutaan', 'embassy'), ('duta besar', 'ambassador'),
  ('konsulat', 'consulate'), ('visa', 'visa'), ('migrasi', 'migration'), ('pariwisata', 'tourism'),
  ('pendidikan', 'education'), ('kesehatan', 'health'), ('pandemi', 'pandemic'), ('vaksin', 'vaccine'),
  ('iklim', 'climate'), ('lingkungan', 'environment'), ('bencana', 'disaster'), ('banjir', 'flood'),
  ('gempa', 'earthquake'), ('pertanian', 'agriculture'), ('beras', 'rice'), ('gandum', 'wheat'),
  ('pupuk', 'fertilizer'), ('logistik', 'logistics'), ('rantai pasok', 'supply chain'), ('industri', 'industry'),
  ('baja', 'steel'), ('semikonduktor', 'semiconductors'), ('nikel', 'nickel'), ('batubara', 'coal'),
  ('listrik', 'electricity'), ('jalan tol', 'toll road'), ('kereta', 'railway'), ('bandara', 'airport'),
  ('media', 'media'), ('berita', 'news'), ('wartawan', 'journalists'), ('sensor', 'censorship'),
  ('kebebasan', 'freedom'), ('oposisi', 'opposition'), ('protes', 'protests'), ('kudeta', 'coup'),
  ('transisi', 'transition'), ('reformasi', 'reform'), ('korupsi', 'corruption'), ('anggaran', 'budget'),
  ('utang', 'debt'), ('pinjaman', 'loan'), ('hibah', 'grant'), ('subsidi', 'subsidy'),
  ('pajak', 'tax'), ('tambang', 'mining'), ('ketahanan', 'resilience'), ('perundingan', 'talks'),
  ('wabah', 'outbreak'), ('suaka', 'asylum')
) AS v (w_id, w_en);

-- A view, not a table: a stored row this wide would be TOASTed, and every subscript would then
-- decompress its array again.
CREATE TEMP VIEW scale_words AS
SELECT array_agg(w_id ORDER BY i) AS ids, array_agg(w_en ORDER BY i) AS ens, count(*)::int AS n,
       ARRAY['Kami akan', 'Pemerintah kami harus', 'Kita tidak akan', 'Negara kami siap',
             'Mereka terus', 'Sudah saatnya kita', 'Kami menolak untuk', 'Rakyat kami ingin'] AS op_id,
       ARRAY['We will', 'Our government must', 'We will not', 'Our country is ready to',
             'They continue to', 'It is time for us to', 'We refuse to', 'Our people want to'] AS op_en,
       ARRAY['memperkuat', 'meningkatkan', 'membahas', 'menghentikan', 'mendukung', 'menolak',
             'memperluas', 'melindungi', 'mengurangi', 'menegosiasikan', 'menjamin', 'memulihkan'] AS vb_id,
       ARRAY['strengthen', 'increase', 'discuss', 'stop', 'support', 'reject',
             'expand', 'protect', 'reduce', 'negotiate', 'guarantee', 'restore'] AS vb_en,
       ARRAY['telah melanggar', 'sedang memasok', 'berencana meningkatkan', 'menolak', 'diam-diam mengembangkan',
             'mengancam', 'menjanjikan', 'menuntut', 'membatasi', 'memperluas'] AS cv_id,
       ARRAY['has violated', 'is supplying', 'plans to increase', 'rejects', 'is secretly developing',
             'threatens', 'promises', 'demands', 'restricts', 'expands'] AS cv_en,
       -- Place names: three of these syllables, 8,000 names; none ends in -i/-n, so the Indonesian
       -- stemmer leaves them whole.
       ARRAY['ba', 'ka', 'la', 'ma', 'na', 'pa', 'ra', 'sa', 'ta', 'wa',
             'do', 'go', 'lo', 'no', 'ro', 'so', 'to', 'bu', 'gu', 'ru'] AS syl,
       ARRAY['Budi', 'Siti', 'Agus', 'Dewi', 'Rudi', 'Rina', 'Hendra', 'Ayu', 'Joko', 'Lestari',
             'Bambang', 'Wulan', 'Andi', 'Sri', 'Yusuf', 'Intan', 'Fajar', 'Maya', 'Rizal', 'Nur',
             'Eko', 'Putri', 'Hadi', 'Indah', 'Arif', 'Ratna', 'Dimas', 'Sari', 'Teguh', 'Fitri',
             'Gilang', 'Mega', 'Irfan', 'Yanti', 'Bayu', 'Kartika', 'Wahyu', 'Citra', 'Surya', 'Anisa'] AS first_names,
       ARRAY['Santoso', 'Wijaya', 'Saputra', 'Hidayat', 'Kusuma', 'Pratama', 'Nugroho', 'Setiawan', 'Halim', 'Gunawan',
             'Siregar', 'Nasution', 'Lubis', 'Harahap', 'Simanjuntak', 'Sitompul', 'Tanjung', 'Wibowo', 'Susanto', 'Purnomo',
             'Hakim', 'Rahman', 'Syahputra', 'Firmansyah', 'Kurniawan', 'Hartono', 'Salim', 'Utomo', 'Permana', 'Ramadhan',
             'Suryadi', 'Effendi', 'Anwar', 'Marpaung', 'Pohan', 'Daulay', 'Manurung', 'Sembiring', 'Ginting', 'Tarigan'] AS last_names,
       ARRAY['Menteri Luar Negeri', 'Menteri Pertahanan', 'Juru Bicara Kementerian', 'Duta Besar',
             'Anggota Parlemen', 'Penasihat Keamanan', 'Analis Senior', 'Gubernur'] AS titles,
       ARRAY['Foreign Minister', 'Defense Minister', 'Ministry Spokesperson', 'Ambassador',
             'Member of Parliament', 'Security Adviser', 'Senior Analyst', 'Governor'] AS roles,
       (SELECT array_agg(code ORDER BY code) FROM countries) AS cc,
       (SELECT array_agg(name_id ORDER BY code) FROM countries) AS cc_id,
       (SELECT array_agg(name_en ORDER BY code) FROM countries) AS cc_en
FROM scale_vocab;

SELECT count(*) AS scale_nv FROM scale_vocab \gset

CREATE FUNCTION pg_temp.scale_place(p int, syl text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT initcap(syl[1 + p % 20] || syl[1 + (p / 20) % 20] || syl[1 + (p / 400) % 20])
$$;

-- ------------------------------------------------------------------ people
CREATE TEMP TABLE scale_people ON COMMIT DROP AS
SELECT i,
       'scale-p-' || lpad(i::text, 6, '0') AS id,
       w.first_names[1 + (i - 1) % 40] || ' ' || w.last_names[1 + ((i - 1) / 40) % 40]
         || CASE WHEN (i - 1) / 1600 > 0 THEN ' ' || ((i - 1) / 1600 + 1)::text ELSE '' END AS name,
       1 + (i * 7) % 8 AS title,
       w.cc[1 + i % cardinality(w.cc)] AS country_code
FROM generate_series(1, :speakers) AS i, scale_words w;

INSERT INTO people (id, name, role, country_code, source_hash, created_by, updated_by)
SELECT p.id, p.name, w.roles[p.title], p.country_code,
       encode(sha256(convert_to('scale-person:' || p.id, 'UTF8')), 'hex'), 'scale-generator', 'scale-generator'
FROM scale_people p, scale_words w
ORDER BY p.i;

INSERT INTO person_aliases (person_id, alias, alias_key)
SELECT id, alias, trim(regexp_replace(lower(alias), '[^a-z0-9]+', ' ', 'g'))
FROM (SELECT p.id, p.i, 1 AS k, p.name AS alias FROM scale_people p
      UNION ALL
      SELECT p.id, p.i, 2, w.titles[p.title] || ' ' || p.name FROM scale_people p, scale_words w) a
ORDER BY i, k;

-- ------------------------------------------------------------------ quotes (source rows)
CREATE TEMP TABLE scale_q ON COMMIT DROP AS
WITH r AS MATERIALIZED (
    SELECT n,
           ((n - 1)::bigint * :docs / greatest(:quotes, 1) + 1)::int AS doc,
           1 + floor(random() * :speakers)::int AS speaker,
           1 + floor(random() * 8)::int AS o,
           1 + floor(random() * 12)::int AS v,
           1 + floor(power(random(), 2) * :scale_nv)::int AS i1,
           1 + floor(power(random(), 2) * :scale_nv)::int AS i2,
           1 + floor(power(random(), 2) * :scale_nv)::int AS i3,
           1 + floor(power(random(), 2) * :scale_nv)::int AS i4,
           1 + floor(power(random(), 2) * :scale_nv)::int AS i5,
           1 + floor(power(random(), 2) * :scale_nv)::int AS i6,
           floor(random() * 8000)::int AS place,
           CASE WHEN random() < 0.8 THEN 'direct' ELSE 'partial' END AS kind
    FROM generate_series(1, :quotes) AS n
)
SELECT r.n, r.doc, r.speaker, r.kind,
       w.op_id[r.o] || ' ' || w.vb_id[r.v] || ' ' || w.ids[r.i1] || ' ' || w.ids[r.i2] || ' dan ' || w.ids[r.i3]
         || ' ' || w.ids[r.i4] || ' dengan ' || w.ids[r.i5] || ' ' || w.ids[r.i6] || ' di ' || pg_temp.scale_place(r.place, w.syl) AS text,
       w.op_en[r.o] || ' ' || w.vb_en[r.v] || ' ' || w.ens[r.i1] || ' ' || w.ens[r.i2] || ' and ' || w.ens[r.i3]
         || ' ' || w.ens[r.i4] || ' with ' || w.ens[r.i5] || ' ' || w.ens[r.i6] || ' in ' || pg_temp.scale_place(r.place, w.syl) AS text_en
FROM r, scale_words w;

-- ------------------------------------------------------------------ claims (source rows)
CREATE TEMP TABLE scale_c ON COMMIT DROP AS
WITH r AS MATERIALIZED (
    SELECT n,
           ((n - 1)::bigint * :docs / greatest(:claims, 1) + 1)::int AS doc,
           random() < 0.6 AS by_country,
           floor(random() * :scale_countries)::int AS claimant_c,
           floor(random() * (:scale_countries - 1))::int AS subject_off,
           1 + floor(random() * :speakers)::int AS claimant_p,
           1 + floor(random() * 10)::int AS category,
           1 + floor(random() * 6)::int AS modality,
           1 + floor(random() * 10)::int AS v,
           1 + floor(power(random(), 2) * :scale_nv)::int AS i1,
           1 + floor(power(random(), 2) * :scale_nv)::int AS i2,
           1 + floor(power(random(), 2) * :scale_nv)::int AS i3,
           1 + floor(power(random(), 2) * :scale_nv)::int AS i4,
           floor(random() * 8000)::int AS place
    FROM generate_series(1, :claims) AS n
), s AS (
    SELECT r.*, 1 + (r.claimant_c + 1 + r.subject_off) % :scale_countries AS subject_c FROM r
)
SELECT s.n, s.doc, s.by_country,
       CASE WHEN s.by_country THEN w.cc[1 + s.claimant_c] END AS claimant_country,
       CASE WHEN s.by_country THEN NULL ELSE 'scale-p-' || lpad(s.claimant_p::text, 6, '0') END AS claimant_person,
       CASE WHEN s.by_country THEN w.cc_id[1 + s.claimant_c] ELSE p.name END AS claimant_name,
       w.cc[s.subject_c] AS subject_country,
       (ARRAY['military', 'arms_transfer', 'arms_control', 'sanctions', 'alliance',
              'diplomacy', 'economy', 'international_law', 'security', 'other'])[s.category] AS category,
       (ARRAY['asserted', 'alleged', 'denied', 'predicted', 'demanded', 'promised'])[s.modality] AS modality,
       w.cc_id[s.subject_c] || ' ' || w.cv_id[s.v] || ' ' || w.ids[s.i1] || ' ' || w.ids[s.i2] || ' dan '
         || w.ids[s.i3] || ' ' || w.ids[s.i4] || ' di ' || pg_temp.scale_place(s.place, w.syl) AS statement,
       w.cc_en[s.subject_c] || ' ' || w.cv_en[s.v] || ' ' || w.ens[s.i1] || ' ' || w.ens[s.i2] || ' and '
         || w.ens[s.i3] || ' ' || w.ens[s.i4] || ' in ' || pg_temp.scale_place(s.place, w.syl) AS statement_en
FROM s
CROSS JOIN scale_words w
JOIN scale_people p ON p.i = s.claimant_p;

-- ------------------------------------------------------------------ document layout
-- Each quote/claim becomes lead || exact || tail in its document's body; leads and tails are
-- at least 32 characters, so prefix = right(lead, 32) and suffix = left(tail, 32).
CREATE TEMP TABLE scale_items ON COMMIT DROP AS
SELECT q.doc, 0 AS kind, q.n,
       ' Dalam keterangan pers, ' || p.name || ' mengatakan: "' AS lead,
       q.text AS exact,
       '", demikian pernyataan yang dicatat oleh redaksi.' AS tail
FROM scale_q q JOIN scale_people p ON p.i = q.speaker
UNION ALL
SELECT c.doc, 1, c.n,
       ' Dalam dokumen ini, pihak ' || c.claimant_name || ' menyatakan bahwa ',
       c.statement,
       '. Klaim tersebut belum diverifikasi secara independen.'
FROM scale_c c;

SELECT count(*) = 0 AS scale_layout_ok FROM scale_items WHERE char_length(lead) < 32 OR char_length(tail) < 32 \gset
\if :scale_layout_ok
\else
  \echo 'generate.sql: a lead or tail is shorter than 32 characters'
  ROLLBACK;
  \quit
\endif

CREATE FUNCTION pg_temp.scale_intro(doc int) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
  SELECT 'Laporan sintetis nomor ' || doc || ' untuk uji skala geofacts.'
$$;

CREATE TEMP TABLE scale_spans ON COMMIT DROP AS
SELECT doc, kind, n, exact, right(lead, 32) AS prefix, left(tail, 32) AS suffix,
       (char_length(pg_temp.scale_intro(doc))
         + coalesce(sum(char_length(lead) + char_length(exact) + char_length(tail))
             OVER (PARTITION BY doc ORDER BY kind, n ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
         + char_length(lead))::int AS start_offset
FROM scale_items;

-- ------------------------------------------------------------------ documents
INSERT INTO documents (id, body, sha256, lang, title, publisher, url,
                       published_value, published_earliest, published_latest, created_by, updated_by)
SELECT 'scale-doc-' || lpad(d.doc::text, 6, '0'), b.body,
       encode(sha256(convert_to(b.body, 'UTF8')), 'hex'), 'id',
       'Laporan sintetis ' || d.doc, 'geofacts scale generator', 'https://example.invalid/scale/' || d.doc,
       to_char(date '2020-01-01' + d.doc % 1800, 'YYYY-MM-DD'),
       date '2020-01-01' + d.doc % 1800, date '2020-01-01' + d.doc % 1800,
       'scale-generator', 'scale-generator'
FROM generate_series(1, :docs) AS d (doc)
LEFT JOIN (
    SELECT i.doc, string_agg(i.lead || i.exact || i.tail, '' ORDER BY i.kind, i.n) AS items
    FROM scale_items i GROUP BY i.doc
) g ON g.doc = d.doc
CROSS JOIN LATERAL (SELECT pg_temp.scale_intro(d.doc) || coalesce(g.items, '') AS body) b;

-- ------------------------------------------------------------------ quotes, claims, actors
INSERT INTO quotes (id, document_id, speaker_id, text, lang, text_en, kind, source_hash, created_by, updated_by)
SELECT 'scale-q-' || lpad(q.n::text, 8, '0'), 'scale-doc-' || lpad(q.doc::text, 6, '0'),
       'scale-p-' || lpad(q.speaker::text, 6, '0'), q.text, 'id', q.text_en, q.kind,
       encode(sha256(convert_to('scale-quote:' || q.n, 'UTF8')), 'hex'), 'scale-generator', 'scale-generator'
FROM scale_q q
ORDER BY q.n;

INSERT INTO claims (id, document_id, statement, statement_lang, statement_en, category, modality,
                    source_hash, created_by, updated_by)
SELECT 'scale-c-' || lpad(c.n::text, 8, '0'), 'scale-doc-' || lpad(c.doc::text, 6, '0'),
       c.statement, 'id', c.statement_en, c.category, c.modality,
       encode(sha256(convert_to('scale-claim:' || c.n, 'UTF8')), 'hex'), 'scale-generator', 'scale-generator'
FROM scale_c c
ORDER BY c.n;

INSERT INTO claim_actors (claim_id, role, position, country_code, person_id)
SELECT id, role, 0, country_code, person_id
FROM (SELECT c.n, 0 AS k, 'scale-c-' || lpad(c.n::text, 8, '0') AS id, 'claimant' AS role,
             c.claimant_country AS country_code, c.claimant_person AS person_id
      FROM scale_c c
      UNION ALL
      SELECT c.n, 1, 'scale-c-' || lpad(c.n::text, 8, '0'), 'subject', c.subject_country, NULL
      FROM scale_c c) a
ORDER BY n, k;

-- ------------------------------------------------------------------ evidence (checked by evidence_spans_verify_insert, once per statement)
INSERT INTO evidence_spans (document_id, start_offset, end_offset, exact, prefix, suffix, position, quote_id, claim_id)
SELECT 'scale-doc-' || lpad(s.doc::text, 6, '0'), s.start_offset, s.start_offset + char_length(s.exact),
       s.exact, s.prefix, s.suffix, 0,
       CASE WHEN s.kind = 0 THEN 'scale-q-' || lpad(s.n::text, 8, '0') END,
       CASE WHEN s.kind = 1 THEN 'scale-c-' || lpad(s.n::text, 8, '0') END
FROM scale_spans s
ORDER BY s.kind, s.n;

\if :changefeed
\else
ALTER TABLE documents ENABLE TRIGGER documents_changes;
ALTER TABLE people ENABLE TRIGGER people_changes;
ALTER TABLE quotes ENABLE TRIGGER quotes_changes;
ALTER TABLE claims ENABLE TRIGGER claims_changes;
\endif

SELECT round(extract(epoch FROM clock_timestamp() - :'scale_started'::timestamptz)::numeric, 1) AS scale_insert_seconds \gset
COMMIT;

-- ------------------------------------------------------------------ statistics, visibility map
SELECT clock_timestamp() AS scale_vacuum_started \gset
VACUUM (ANALYZE) documents, people, person_aliases, quotes, claims, claim_actors, evidence_spans, changes;
SELECT round(extract(epoch FROM clock_timestamp() - :'scale_vacuum_started'::timestamptz)::numeric, 1) AS scale_vacuum_seconds \gset

\timing off
\echo 'generate.sql: inserts (one transaction) took' :scale_insert_seconds 's, VACUUM ANALYZE' :scale_vacuum_seconds 's'
SELECT 'documents' AS "table", count(*) AS "rows" FROM documents
UNION ALL SELECT 'people', count(*) FROM people
UNION ALL SELECT 'person_aliases', count(*) FROM person_aliases
UNION ALL SELECT 'quotes', count(*) FROM quotes
UNION ALL SELECT 'claims', count(*) FROM claims
UNION ALL SELECT 'claim_actors', count(*) FROM claim_actors
UNION ALL SELECT 'evidence_spans', count(*) FROM evidence_spans
UNION ALL SELECT 'changes', count(*) FROM changes;
SELECT pg_size_pretty(pg_database_size(current_database())) AS database_size;

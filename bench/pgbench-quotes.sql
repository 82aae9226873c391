-- pgbench custom script: the SQL that one `GET /quotes?speaker=Putin` makes the service run.
-- One pgbench transaction = one API request's statements, so pgbench's TPS is an upper bound on the
-- endpoint's req/s that the database alone would allow (no HTTP, JSON, Hibernate or pooling).
--
-- Taken from the service's own log (QUARKUS_HIBERNATE_ORM_LOG_SQL=true) at 8962785 for the bundled
-- dataset, read cache off, lookups warm: resolving "Putin" to a person and naming the agreements the
-- quotes are about are remembered lookups (caching.Lookups), so a request sends these two statements.
-- Parameters are written literally. There is no BEGIN/COMMIT: the service runs them outside a
-- transaction, each autocommitting, as here. bench/run.sh warns when the dataset's Putin quotes
-- differ from the ids below.

-- (a) the page: quotes with the columns the answer needs, speaker, speaking organization and channel by join
select t.id, t.document_id, t.text, t.lang, t.text_en, t.kind, t.about_agreement_id, t.updated_at, p.id, p.name, o.id, o.name_en, c.id, c.name_en
  from quotes t left join people p on p.id = t.speaker_id left join organizations o on o.id = t.speaker_organization_id
  left join organizations c on c.id = t.channel_id
  where t.speaker_id = 'vladimir-putin' order by t.id limit 21;

-- (b) the evidence spans of the page's quotes
select quote_id, document_id, start_offset, end_offset, exact, prefix, suffix from evidence_spans
  where quote_id = any(cast(array['quote-putin-blackmail-and-dictate','quote-putin-dprk-right-to-defence','quote-putin-gross-violation-by-west','quote-putin-hostile','quote-putin-military-exercises-kr-jp','quote-putin-mutual-assistance','quote-putin-politically-motivated-sanctions','quote-putin-review-unsc-restrictions','quote-putin-sanctions-strangulation','quote-putin-very-important','quote-putin-west-hegemony-tool'] as text[])) order by position;

-- pgbench custom script: the SQL that one `GET /quotes?speaker=Putin` makes the service run.
-- One pgbench transaction = one API request's queries, so pgbench's TPS is an upper bound on the
-- endpoint's req/s that the database alone would allow (no HTTP, JSON, Hibernate or pooling).
--
-- Taken from the service's own log (QUARKUS_HIBERNATE_ORM_LOG_SQL=true,
-- QUARKUS_HIBERNATE_ORM_LOG_BIND_PARAMETERS=true) for the bundled dataset; parameters are written
-- literally. There is no BEGIN/COMMIT: the service runs these with @Transactional(SUPPORTS)
-- outside a transaction, i.e. each statement autocommits, as here.
-- Hibernate pads IN lists to a power of two (16 placeholders for 11 ids); the padding repeats the
-- last id, as done below. bench/run.sh warns when the dataset's Putin quotes differ from these.

-- (a) resolve the speaker: person id or alias key
select distinct p1_0.id from people p1_0 left join person_aliases a1_0 on p1_0.id=a1_0.person_id where p1_0.id='Putin' or a1_0.alias_key='putin';

-- (b) keyset page of quote ids (page size 20, one more to know whether there is a next page)
select t.id from quotes t where t.speaker_id = any(cast('{"vladimir-putin"}' as text[])) order by t.id limit 21;

-- (c) load the page's quotes with speaker and channel
select q1_0.id,q1_0.about_agreement_id,c1_0.id,c1_0.created_at,c1_0.created_by,c1_0.kind,c1_0.name_en,c1_0.name_id,c1_0.source_hash,c1_0.updated_at,c1_0.updated_by,c1_0.version,c1_0.wikidata_qid,q1_0.created_at,q1_0.created_by,q1_0.document_id,q1_0.kind,q1_0.lang,q1_0.source_hash,q1_0.speaker_id,s1_0.id,s1_0.country_code,s1_0.created_at,s1_0.created_by,s1_0.name,s1_0.role,s1_0.source_hash,s1_0.updated_at,s1_0.updated_by,s1_0.version,s1_0.wikidata_qid,q1_0.text,q1_0.text_en,q1_0.updated_at,q1_0.updated_by,q1_0.version
  from quotes q1_0 join people s1_0 on s1_0.id=q1_0.speaker_id left join organizations c1_0 on c1_0.id=q1_0.channel_id
  where q1_0.id in ('quote-putin-blackmail-and-dictate','quote-putin-dprk-right-to-defence','quote-putin-gross-violation-by-west','quote-putin-hostile','quote-putin-military-exercises-kr-jp','quote-putin-mutual-assistance','quote-putin-politically-motivated-sanctions','quote-putin-review-unsc-restrictions','quote-putin-sanctions-strangulation','quote-putin-very-important','quote-putin-west-hegemony-tool','quote-putin-west-hegemony-tool','quote-putin-west-hegemony-tool','quote-putin-west-hegemony-tool','quote-putin-west-hegemony-tool','quote-putin-west-hegemony-tool');

-- (d) evidence spans of those quotes
select es1_0.id,es1_0.agreement_id,es1_0.claim_id,es1_0.clause_id,es1_0.document_id,es1_0.end_offset,es1_0.exact,es1_0.position,es1_0.prefix,es1_0.quote_id,es1_0.relation_id,es1_0.start_offset,es1_0.suffix
  from evidence_spans es1_0
  where es1_0.quote_id in ('quote-putin-blackmail-and-dictate','quote-putin-dprk-right-to-defence','quote-putin-gross-violation-by-west','quote-putin-hostile','quote-putin-military-exercises-kr-jp','quote-putin-mutual-assistance','quote-putin-politically-motivated-sanctions','quote-putin-review-unsc-restrictions','quote-putin-sanctions-strangulation','quote-putin-very-important','quote-putin-west-hegemony-tool','quote-putin-west-hegemony-tool','quote-putin-west-hegemony-tool','quote-putin-west-hegemony-tool','quote-putin-west-hegemony-tool','quote-putin-west-hegemony-tool')
  order by es1_0.position;

-- (e) names of the agreements the quotes are about (refs in the DTO)
select a1_0.id,a1_0.name_en from agreements a1_0 where a1_0.id in ('ru-kp-comprehensive-strategic-partnership-2024');

package org.geofacts.search;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

/**
 * One ranked full-text query over claims, quotes and clauses. Each table has a generated
 * tsvector (Indonesian original + English translation) with a GIN index; the query is parsed
 * in both languages. Snippets are computed only for the rows of the page.
 */
@ApplicationScoped
public class SearchRepository {

    private static final String HEADLINE_OPTIONS = "'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2'";

    private static final String SQL = """
            with query as (select websearch_to_tsquery('indonesian', :q) || websearch_to_tsquery('english', :q) as tsq),
            hits as (
                select 'claim' as type, c.id as key, ts_rank(c.search, query.tsq) as rank,
                       c.statement as original, c.statement_en as english
                from claims c, query where c.search @@ query.tsq and 'claim' = any(cast(:types as text[]))
                union all
                select 'quote', q.id, ts_rank(q.search, query.tsq), q.text, q.text_en
                from quotes q, query where q.search @@ query.tsq and 'quote' = any(cast(:types as text[]))
                union all
                select 'clause', k.agreement_id || '/' || k.ordinal, ts_rank(k.search, query.tsq), k.summary_en, k.summary_en
                from clauses k, query where k.search @@ query.tsq and 'clause' = any(cast(:types as text[]))
            ),
            page as (
                select * from hits
                where cast(:after_rank as real) is null
                   or rank < cast(:after_rank as real)
                   or (rank = cast(:after_rank as real) and (type, key) > (cast(:after_type as text), cast(:after_key as text)))
                order by rank desc, type, key
                limit :limit
            )
            select page.type, page.key, page.rank,
                   case when to_tsvector('indonesian', page.original) @@ query.tsq
                        then ts_headline('indonesian', page.original, query.tsq, %1$s)
                        else ts_headline('english', page.english, query.tsq, %1$s) end as snippet
            from page, query
            order by page.rank desc, page.type, page.key
            """.formatted(HEADLINE_OPTIONS);

    private final EntityManager em;

    public SearchRepository(EntityManager em) {
        this.em = em;
    }

    /** Rows of (type, key, rank, snippet), best first, after the given position. */
    @SuppressWarnings("unchecked")
    public List<Object[]> search(String q, List<String> types, SearchPosition after, int limit) {
        Query query = em.createNativeQuery(SQL)
                .setParameter("q", q)
                .setParameter("types", org.geofacts.paging.KeysetQuery.textArray(types))
                .setParameter("after_rank", after == null ? null : Float.toString(after.rank()))
                .setParameter("after_type", after == null ? null : after.type())
                .setParameter("after_key", after == null ? null : after.key())
                .setParameter("limit", limit);
        return query.getResultList();
    }
}

package org.geofacts.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.geofacts.paging.KeysetQuery;
import org.geofacts.paging.NativeRows;

/**
 * One ranked full-text query over claims, quotes and clauses. Each table has a generated
 * tsvector (Indonesian original + English translation) with a GIN index; the query is parsed
 * in both languages. Snippets are computed only for the rows of the page.
 *
 * <p>Ranking is bounded: of each type, only the first {@code window} matches in storage order are
 * ranked. Ranking every match costs about 2.5 µs a row plus a random page read, so a word found in
 * a third of a million quotes took 1.6 s. The first matches in storage order are what both plans
 * return first: a scan of the table that stops once the window is full (a common word) and the GIN
 * index's bitmap read in page order (a rare one). Storage order is deterministic because the
 * service's connections turn off synchronised scans (which may start a scan mid-table) and V8
 * keeps these tables from parallel scans (whose workers interleave pages).
 */
@ApplicationScoped
public class SearchRepository {

    private static final String HEADLINE_OPTIONS = "'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=15, MaxFragments=2'";

    /**
     * The query again, inline: a WHERE that reads the tsquery from the CTE gives the planner no value
     * to estimate the word's frequency with, and it must know it to choose between scanning the
     * table until the window is full (a common word) and reading the GIN index (a rare one).
     */
    private static final String MATCHES = "search @@ " + KeysetQuery.tsquery(":q");

    private static final String SQL = """
            with query as (select %3$s as tsq),
            hits as (
                select 'claim' as type, c.id as key, ts_rank(c.search, query.tsq) as rank, c.statement as original, c.english
                from query, (select id, search, statement, statement_en as english from claims
                             where %2$s and 'claim' = any(cast(:types as text[])) limit :window) c
                union all
                select 'quote', q.id, ts_rank(q.search, query.tsq), q.text, q.english
                from query, (select id, search, text, text_en as english from quotes
                             where %2$s and 'quote' = any(cast(:types as text[])) limit :window) q
                union all
                select 'clause', k.agreement_id || '/' || k.ordinal, ts_rank(k.search, query.tsq), k.summary_en, k.summary_en
                from query, (select agreement_id, ordinal, search, summary_en from clauses
                             where %2$s and 'clause' = any(cast(:types as text[])) limit :window) k
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
            """.formatted(HEADLINE_OPTIONS, MATCHES, KeysetQuery.tsquery(":q"));

    private final EntityManager em;

    public SearchRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Rows of (type, key, rank, snippet), best first, after the given position, ranked within the
     * window. Planned with this word (see {@link NativeRows}): a common and a rare word need
     * different plans.
     */
    public List<Object[]> search(String q, List<String> types, int window, SearchPosition after, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("q", q);
        parameters.put("window", window);
        parameters.put("types", KeysetQuery.textArray(types));
        parameters.put("after_rank", after == null ? null : Float.toString(after.rank()));
        parameters.put("after_type", after == null ? null : after.type());
        parameters.put("after_key", after == null ? null : after.key());
        parameters.put("limit", limit);
        return NativeRows.plannedPerCall(em, SQL, parameters).stream().map(Object[].class::cast).toList();
    }
}

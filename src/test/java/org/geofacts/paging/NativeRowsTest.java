package org.geofacts.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.geofacts.agreement.ClauseRepository;
import org.geofacts.support.ApiTest;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Lists are planned with their values on every call, while reads of one row by a unique value keep
 * the plan PostgreSQL caches for them. Each test runs in one transaction, so every statement uses the same
 * connection and {@code pg_prepared_statements} shows that session's server-side statements.
 */
@QuarkusTest
class NativeRowsTest {

    private static final int RUNS = 20;

    /** The statement text of {@link #putinsQuotes()}'s first page of 5 as the server sees it. */
    private static final String LIST_TEXT = "select t.id from quotes t %where t.speaker_id = $1 order by t.id limit 6";

    @Inject
    EntityManager em;

    @Inject
    ClauseRepository clauses;

    @Test
    @Transactional
    void aListIsNeverKeptAsAPreparedStatement() {
        for (int i = 0; i < RUNS; i++) {
            List<Object> ids = putinsQuotes().rows(em, new PageRequest(5, null), "t.id", "");
            assertThat(ids).hasSize(6);
        }
        assertThat(preparedLike(LIST_TEXT)).isEmpty();

        // The same text run through a plain native query is kept: the pattern above does find it.
        for (int i = 0; i < RUNS; i++) {
            em.createNativeQuery("select t.id from quotes t  where t.speaker_id = :p0 order by t.id limit 6")
                    .setParameter("p0", "vladimir-putin").getResultList();
        }
        assertThat(preparedLike(LIST_TEXT)).hasSize(1);
    }

    @Test
    @Transactional
    void aReadOfOneRowByAUniqueValueKeepsItsPlan() {
        for (int i = 0; i < RUNS; i++) {
            List<Object> ids = KeysetQuery.byKey("quotes", "id", "quote-putin-hostile").rows(em, PageRequest.FIRST_ROW, "t.id", "");
            assertThat(ids).containsExactly("quote-putin-hostile");
        }
        List<Object[]> prepared = preparedLike("select t.id from quotes t %where t.id = $1 order by t.id limit 2");
        assertThat(prepared).as("the driver prepares a statement run this often").hasSize(1);
        assertThat(((Number) prepared.get(0)[0]).longValue()).as("runs on the kept generic plan").isPositive();
    }

    @Test
    @Transactional
    void anAgreementsClausesKeepTheirPlan() {
        for (int i = 0; i < RUNS; i++) {
            assertThat(clauses.page(ApiTest.TREATY, null, new PageRequest(3, null))).hasSize(4);
        }
        List<Object[]> prepared = preparedLike("select t.id, t.ordinal, t.type, t.summary_en from clauses t %limit 4");
        assertThat(prepared).hasSize(1);
        assertThat(((Number) prepared.get(0)[0]).longValue()).as("runs on the kept generic plan").isPositive();
    }

    @Test
    @Transactional
    void namedParametersMayRecurBeNullAndSitBesideCasts() {
        Map<String, Object> values = new HashMap<>();
        values.put("word", "ab");
        values.put("missing", null);
        values.put("codes", KeysetQuery.textArray(List.of("KP", "RU")));
        List<Object> rows = NativeRows.plannedPerCall(em,
                "select :word || '-' || :word, cast(:missing as text) is null, '7'::int, cast(:codes as text[])", values);

        assertThat(rows).hasSize(1);
        Object[] row = (Object[]) rows.get(0);
        assertThat(row[0]).isEqualTo("ab-ab");
        assertThat(row[1]).isEqualTo(true);
        assertThat(row[2]).isEqualTo(7);
        assertThat(row[3]).isEqualTo(new String[] {"KP", "RU"});
    }

    @Test
    @Transactional
    void aParameterWithoutAValueIsRefusedBeforeAnythingRuns() {
        assertThatThrownBy(() -> NativeRows.plannedPerCall(em, "select :given, :forgotten", Map.of("given", 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(":forgotten");
    }

    private static KeysetQuery putinsQuotes() {
        return new KeysetQuery("quotes", "id").where("t.speaker_id = {0}", "vladimir-putin");
    }

    /** The session's server-side prepared statements whose text is like the pattern: (generic plans, custom plans). */
    @SuppressWarnings("unchecked")
    private List<Object[]> preparedLike(String pattern) {
        return em.createNativeQuery("select generic_plans, custom_plans from pg_prepared_statements where statement like :pattern")
                .setParameter("pattern", pattern).getResultList();
    }
}

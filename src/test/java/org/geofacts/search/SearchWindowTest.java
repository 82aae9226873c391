package org.geofacts.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.geofacts.paging.KeysetQuery;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Ranking is bounded: of each type only the first matches in storage order are ranked. The bundled
 * dataset is far below the service's window, so the window is passed small here.
 */
@QuarkusTest
class SearchWindowTest {

    private static final String QUERY = "perjanjian or treaty or sanctions";

    /** Each type's keys in storage order (the row's physical position, ctid). */
    private static final Map<String, String> STORAGE_ORDER = Map.of(
            "claim", "select id from claims where id = any(cast(:keys as text[])) order by ctid",
            "quote", "select id from quotes where id = any(cast(:keys as text[])) order by ctid",
            "clause", "select agreement_id || '/' || ordinal from clauses where agreement_id || '/' || ordinal = any(cast(:keys as text[])) order by ctid");

    @Inject
    SearchRepository repository;

    @Inject
    EntityManager em;

    @Test
    void ranksOnlyTheFirstMatchesOfEachTypeInStorageOrder() {
        Map<String, Map<String, Float>> everyMatch = byType(repository.search(QUERY, SearchService.TYPES, 1000, null, 1000));
        assertThat(everyMatch.values()).as("a type with more matches than the window").anyMatch(hits -> hits.size() > 2);

        List<Object[]> windowed = repository.search(QUERY, SearchService.TYPES, 2, null, 1000);

        Map<String, Map<String, Float>> ranked = byType(windowed);
        assertThat(ranked.keySet()).isEqualTo(everyMatch.keySet());
        everyMatch.forEach((type, hits) -> {
            List<String> firstTwo = inStorageOrder(type, hits.keySet()).stream().limit(2).toList();
            assertThat(ranked.get(type).keySet()).as(type).containsExactlyInAnyOrderElementsOf(firstTwo);
            firstTwo.forEach(key -> assertThat(ranked.get(type).get(key)).as(key).isEqualTo(hits.get(key)));
        });
        List<Float> ranks = windowed.stream().map(row -> ((Number) row[2]).floatValue()).toList();
        assertThat(ranks).isSortedAccordingTo(Comparator.reverseOrder());
    }

    @SuppressWarnings("unchecked")
    private List<String> inStorageOrder(String type, Collection<String> keys) {
        return em.createNativeQuery(STORAGE_ORDER.get(type)).setParameter("keys", KeysetQuery.textArray(List.copyOf(keys))).getResultList();
    }

    private static Map<String, Map<String, Float>> byType(List<Object[]> rows) {
        return rows.stream().collect(Collectors.groupingBy(row -> (String) row[0], LinkedHashMap::new,
                Collectors.toMap(row -> (String) row[1], row -> ((Number) row[2]).floatValue(), (a, b) -> a, LinkedHashMap::new)));
    }
}

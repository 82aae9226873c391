package org.geofacts.search;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.geofacts.paging.Cursor;
import org.geofacts.paging.Page;
import org.geofacts.paging.PageRequest;

import io.quarkus.runtime.Startup;

/** Created at startup, so that a window setting below 1 stops the service there rather than failing every search. */
@Startup
@ApplicationScoped
public class SearchService {

    public static final List<String> TYPES = List.of("claim", "quote", "clause");

    private final SearchRepository repository;
    private final int candidates;

    public SearchService(SearchRepository repository, @ConfigProperty(name = "geofacts.search.candidates") int candidates) {
        if (candidates < 1) {
            throw new IllegalArgumentException("geofacts.search.candidates (GEOFACTS_SEARCH_CANDIDATES) must be at least 1, not " + candidates);
        }
        this.repository = repository;
        this.candidates = candidates;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<SearchHit> search(String q, List<String> types, PageRequest page) {
        SearchPosition after = page.after() == null ? null : SearchPosition.decode(page.after());
        List<Object[]> rows = repository.search(q, types, candidates, after, page.fetchSize());
        boolean more = rows.size() > page.limit();
        List<Object[]> shown = more ? rows.subList(0, page.limit()) : rows;
        List<SearchHit> hits = shown.stream().map(SearchService::hit).toList();
        String next = null;
        if (more) {
            Object[] last = shown.get(shown.size() - 1);
            next = Cursor.encode(new SearchPosition(((Number) last[2]).floatValue(), (String) last[0], (String) last[1]).encode());
        }
        return new Page<>(hits, next, page.limit());
    }

    private static SearchHit hit(Object[] row) {
        String type = (String) row[0];
        String key = (String) row[1];
        String href = switch (type) {
            case "claim" -> "/claims/" + key;
            case "quote" -> "/quotes/" + key;
            default -> "/agreements/" + key.substring(0, key.lastIndexOf('/')) + "/clauses/" + key.substring(key.lastIndexOf('/') + 1);
        };
        return new SearchHit(type, key, href, (String) row[3], ((Number) row[2]).doubleValue());
    }
}

package org.geofacts.evidence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;

import org.geofacts.paging.KeysetQuery;
import org.geofacts.paging.NativeRows;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Loads the evidence of a whole page of facts in one query, grouped by owner; replaces a fact's evidence. */
@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<EvidenceSpan, Long> {

    public Map<String, List<EvidenceDto>> forAgreements(Collection<String> ids) {
        return grouped("agreement_id", "text", ids, String.class);
    }

    public Map<Long, List<EvidenceDto>> forClauses(Collection<Long> ids) {
        return grouped("clause_id", "bigint", ids, Long.class);
    }

    public Map<String, List<EvidenceDto>> forClaims(Collection<String> ids) {
        return grouped("claim_id", "text", ids, String.class);
    }

    public Map<String, List<EvidenceDto>> forQuotes(Collection<String> ids) {
        return grouped("quote_id", "text", ids, String.class);
    }

    public Map<String, List<EvidenceDto>> forRelations(Collection<String> ids) {
        return grouped("relation_id", "text", ids, String.class);
    }

    /**
     * Replaces a fact's evidence with the located spans, in their order.
     *
     * @param owner how a span names its fact: a field such as {@code span -> span.quoteId = id}
     * @param ownerField that field's name, for deleting the old spans: "quoteId"
     */
    public void replace(String ownerField, Object ownerId, List<LocatedSpan> spans, Consumer<EvidenceSpan> owner) {
        delete(ownerField, ownerId);
        for (int i = 0; i < spans.size(); i++) {
            EvidenceSpan span = EvidenceSpan.of(spans.get(i), i);
            owner.accept(span);
            persist(span);
        }
    }

    /**
     * One statement per page, rows straight into DTOs: an array parameter keeps the SQL the same
     * for every page size, so PostgreSQL keeps one plan (the owner index serves any ids), and spans
     * that are only read need no managed entities. Plain JDBC ({@link NativeRows}) rather than a JPA
     * native query, which spent most of this read's CPU in Hibernate's query machinery rather than in the driver.
     */
    private <K> Map<K, List<EvidenceDto>> grouped(String ownerColumn, String ownerType, Collection<K> ids, Class<K> keyType) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Object> rows = NativeRows.planKept(getEntityManager(), "select " + ownerColumn
                        + ", document_id, start_offset, end_offset, exact, prefix, suffix from evidence_spans"
                        + " where " + ownerColumn + " = any(cast(:ids as " + ownerType + "[])) order by position",
                Map.of("ids", KeysetQuery.textArray(ids.stream().map(String::valueOf).toList())));
        Map<K, List<EvidenceDto>> byOwner = new HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            K owner = keyType.cast(keyType == Long.class ? (Object) ((Number) r[0]).longValue() : r[0]);
            byOwner.computeIfAbsent(owner, k -> new ArrayList<>()).add(new EvidenceDto((String) r[1],
                    ((Number) r[2]).intValue(), ((Number) r[3]).intValue(), (String) r[4], (String) r[5], (String) r[6]));
        }
        return byOwner;
    }
}

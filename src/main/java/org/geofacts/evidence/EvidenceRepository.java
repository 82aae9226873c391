package org.geofacts.evidence;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Loads the evidence of a whole page of facts in one query, grouped by owner; replaces a fact's evidence. */
@ApplicationScoped
public class EvidenceRepository implements PanacheRepositoryBase<EvidenceSpan, Long> {

    public Map<String, List<EvidenceDto>> forAgreements(Collection<String> ids) {
        return grouped("agreementId", ids, s -> s.agreementId);
    }

    public Map<Long, List<EvidenceDto>> forClauses(Collection<Long> ids) {
        return grouped("clauseId", ids, s -> s.clauseId);
    }

    public Map<String, List<EvidenceDto>> forClaims(Collection<String> ids) {
        return grouped("claimId", ids, s -> s.claimId);
    }

    public Map<String, List<EvidenceDto>> forQuotes(Collection<String> ids) {
        return grouped("quoteId", ids, s -> s.quoteId);
    }

    public Map<String, List<EvidenceDto>> forRelations(Collection<String> ids) {
        return grouped("relationId", ids, s -> s.relationId);
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

    private <K> Map<K, List<EvidenceDto>> grouped(String ownerField, Collection<K> ids, Function<EvidenceSpan, K> ownerOf) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<EvidenceSpan> spans = list(ownerField + " in ?1 order by position", ids);
        return spans.stream().collect(Collectors.groupingBy(ownerOf,
                Collectors.mapping(EvidenceDto::of, Collectors.toList())));
    }
}

package org.geofacts.agreement;

import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.geofacts.caching.Lookups;
import org.geofacts.paging.KeysetQuery;
import org.geofacts.paging.PageRequest;
import org.geofacts.model.Refs.AgreementRef;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<Agreement, String> {

    @Inject
    Lookups lookups;

    public boolean exists(String id) {
        return count("id", id) > 0;
    }

    /** Compact references for the given ids (nulls ignored), keyed by id. */
    /** Id and name of each agreement; a null or unknown id maps to null. */
    public Map<String, AgreementRef> refs(Collection<String> ids) {
        Set<String> wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        if (wanted.isEmpty()) {
            return Collections.emptyMap(); // unlike Map.of(), answers get(null)
        }
        return lookups.get("agreement-refs", wanted, () -> {
            // A HashMap underneath, so callers may look up a null id (a fact about no agreement) and get null.
            Map<String, AgreementRef> refs = new HashMap<>();
            find("id in ?1", List.copyOf(wanted)).project(AgreementRef.class).list().forEach(ref -> refs.put(ref.id(), ref));
            return Collections.unmodifiableMap(refs);
        });
    }

    public List<Agreement> page(AgreementFilter filter, PageRequest page) {
        KeysetQuery query = new KeysetQuery("agreements", "id");
        if (filter.partyCodes() != null) {
            query.where("exists (select 1 from agreement_parties p where p.agreement_id = t.id"
                    + " and p.country_code = any(cast({0} as text[])))", KeysetQuery.textArray(filter.partyCodes()));
        }
        if (filter.kind() != null) {
            query.where("t.kind = {0}", filter.kind());
        }
        // A partial date is an interval: it matches a range when the two overlap.
        if (filter.signedFrom() != null) {
            query.where("t.signed_latest >= {0}", filter.signedFrom().earliest());
        }
        if (filter.signedTo() != null) {
            query.where("t.signed_earliest <= {0}", filter.signedTo().latest());
        }
        List<String> ids = query.ids(getEntityManager(), page);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Agreement> byId = find("from Agreement a left join fetch a.parties where a.id in ?1", ids).stream()
                .distinct().collect(Collectors.toMap(a -> a.id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

}

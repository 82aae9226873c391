package org.geofacts.claim;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.geofacts.paging.KeysetQuery;
import org.geofacts.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, String> {


    public List<Claim> page(ClaimFilter filter, PageRequest page) {
        KeysetQuery query = new KeysetQuery("claims", "id");
        actorCondition(query, ClaimActor.CLAIMANT, filter.claimant());
        actorCondition(query, ClaimActor.SUBJECT, filter.subject());
        if (filter.category() != null) {
            query.where("t.category = {0}", filter.category());
        }
        if (filter.modality() != null) {
            query.where("t.modality = {0}", filter.modality());
        }
        if (filter.document() != null) {
            query.where("t.document_id = {0}", filter.document());
        }
        if (filter.text() != null) {
            query.matchingText("t.search", filter.text());
        }
        return inOrder(query.ids(getEntityManager(), page));
    }

    public List<Claim> inOrder(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Claim> byId = list("id in ?1", ids).stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }

    public List<ClaimActor> actorsOf(Collection<String> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery("from ClaimActor where claimId in :ids order by claimId, role, position", ClaimActor.class)
                .setParameter("ids", claimIds)
                .getResultList();
    }

    private static void actorCondition(KeysetQuery query, String role, ActorKeys keys) {
        if (keys == null) {
            return;
        }
        query.where("exists (select 1 from claim_actors a where a.claim_id = t.id and a.role = {0}"
                + " and (a.country_code = any(cast({1} as text[])) or a.person_id = any(cast({2} as text[]))"
                + " or a.organization_id = any(cast({3} as text[]))))",
                role, KeysetQuery.textArray(keys.countryCodes()), KeysetQuery.textArray(keys.personIds()), KeysetQuery.textArray(keys.organizationIds()));
    }


}

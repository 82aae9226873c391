package org.geofacts.claim;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.geofacts.paging.KeysetQuery;
import org.geofacts.paging.NativeRows;
import org.geofacts.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ClaimRepository implements PanacheRepositoryBase<Claim, String> {


    public List<ClaimRow> page(ClaimFilter filter, PageRequest page) {
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
        return rows(query, page);
    }

    public Optional<ClaimRow> row(String id) {
        return rows(KeysetQuery.byKey("claims", "id", id), PageRequest.FIRST_ROW).stream().findFirst();
    }

    private List<ClaimRow> rows(KeysetQuery query, PageRequest page) {
        return query.rows(getEntityManager(), page, ClaimRow.SELECT, "").stream().map(ClaimRow::of).toList();
    }

    /** The actors of these claims, ordered by claim, role and position; one array-parameter statement. */
    public List<ActorRow> actorsOf(Collection<String> claimIds) {
        if (claimIds.isEmpty()) {
            return List.of();
        }
        List<Object> rows = NativeRows.planKept(getEntityManager(), "select claim_id, role, country_code, person_id, organization_id "
                        + "from claim_actors where claim_id = any(cast(:ids as text[])) order by claim_id, role, position",
                Map.of("ids", KeysetQuery.textArray(List.copyOf(claimIds))));
        return rows.stream().map(row -> (Object[]) row)
                .map(r -> new ActorRow((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4])).toList();
    }

    /** A claimant or subject of a claim: exactly one of country code, person id and organization id is set. */
    public record ActorRow(String claimId, String role, String countryCode, String personId, String organizationId) {
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

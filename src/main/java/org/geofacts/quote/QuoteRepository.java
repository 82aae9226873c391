package org.geofacts.quote;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.geofacts.paging.KeysetQuery;
import org.geofacts.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class QuoteRepository implements PanacheRepositoryBase<Quote, String> {


    public List<Quote> page(QuoteFilter filter, PageRequest page) {
        KeysetQuery query = new KeysetQuery("quotes", "id");
        boolean organizations = filter.speakerOrganizationIds() != null && !filter.speakerOrganizationIds().isEmpty();
        if (filter.speakerIds() != null && filter.speakerIds().size() == 1 && !organizations) {
            // The common case; a plain equality lets the planner use the (speaker_id, id) index directly.
            query.where("t.speaker_id = {0}", filter.speakerIds().get(0));
        } else if (filter.speakerIds() != null && !organizations) {
            query.where("t.speaker_id = any(cast({0} as text[]))", KeysetQuery.textArray(filter.speakerIds()));
        } else if (organizations) {
            query.where("(t.speaker_id = any(cast({0} as text[])) or t.speaker_organization_id = any(cast({1} as text[])))",
                    KeysetQuery.textArray(filter.speakerIds() == null ? List.of() : filter.speakerIds()),
                    KeysetQuery.textArray(filter.speakerOrganizationIds()));
        }
        if (filter.about() != null) {
            query.where("t.about_agreement_id = {0}", filter.about());
        }
        if (filter.document() != null) {
            query.where("t.document_id = {0}", filter.document());
        }
        if (filter.lang() != null) {
            query.where("lower(t.lang) = lower({0})", filter.lang());
        }
        if (filter.text() != null) {
            query.matchingText("t.search", filter.text());
        }
        return inOrder(query.ids(getEntityManager(), page));
    }

    /** Loads quotes with their speaker and channel in one query, in the order of the ids given. */
    public List<Quote> inOrder(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Quote> byId = find("from Quote q left join fetch q.speaker left join fetch q.speakerOrganization left join fetch q.channel where q.id in ?1", ids)
                .stream().collect(Collectors.toMap(q -> q.id, Function.identity()));
        return ids.stream().map(byId::get).toList();
    }


}

package org.geofacts.quote;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.geofacts.paging.KeysetQuery;
import org.geofacts.paging.PageRequest;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class QuoteRepository implements PanacheRepositoryBase<Quote, String> {


    public List<QuoteRow> page(QuoteFilter filter, PageRequest page) {
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
        return rows(query, page);
    }

    public Optional<QuoteRow> row(String id) {
        return rows(KeysetQuery.byKey("quotes", "id", id), PageRequest.FIRST_ROW).stream().findFirst();
    }

    /** The page's quotes with their speaker's and channel's names, in one statement. */
    private List<QuoteRow> rows(KeysetQuery query, PageRequest page) {
        return query.rows(getEntityManager(), page, QuoteRow.SELECT, QuoteRow.JOINS).stream().map(QuoteRow::of).toList();
    }


}

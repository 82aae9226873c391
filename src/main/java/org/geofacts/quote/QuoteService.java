package org.geofacts.quote;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.geofacts.paging.Page;
import org.geofacts.paging.PageRequest;
import org.geofacts.organization.OrganizationRepository;
import org.geofacts.person.PersonRepository;

@ApplicationScoped
public class QuoteService {

    private final QuoteRepository quotes;
    private final PersonRepository people;
    private final OrganizationRepository organizations;
    private final QuoteAssembler assembler;

    public QuoteService(QuoteRepository quotes, PersonRepository people, OrganizationRepository organizations,
            QuoteAssembler assembler) {
        this.quotes = quotes;
        this.people = people;
        this.organizations = organizations;
        this.assembler = assembler;
    }

    /** @param speaker a person or organization id, or any alias or spelling of the speaker's name, or null */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<QuoteDto> list(String speaker, String about, String document, String lang, String text, PageRequest page) {
        List<String> speakerIds = speaker == null ? null : people.idsMatching(speaker);
        List<String> organizationIds = speaker == null ? null : organizations.idsMatching(speaker);
        QuoteFilter filter = new QuoteFilter(speakerIds, organizationIds, about, document, lang, text);
        boolean nobody = speaker != null && speakerIds.isEmpty() && organizationIds.isEmpty();
        List<QuoteRow> rows = nobody ? List.of() : quotes.page(filter, page);
        return Page.of(rows, page, QuoteRow::id, assembler::toDtos);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<QuoteDto> get(String id) {
        return quotes.row(id).map(q -> assembler.toDtos(List.of(q)).get(0));
    }
}

package org.geofacts.quote;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.geofacts.agreement.AgreementRepository;
import org.geofacts.model.Refs.AgreementRef;
import org.geofacts.model.Refs.OrganizationRef;
import org.geofacts.model.Refs.ActorRef;
import org.geofacts.evidence.EvidenceDto;
import org.geofacts.evidence.EvidenceRepository;

/** Turns a page of quote rows into DTOs with one query for their evidence (agreement names are remembered lookups). */
@ApplicationScoped
public class QuoteAssembler {

    private final EvidenceRepository evidence;
    private final AgreementRepository agreements;

    public QuoteAssembler(EvidenceRepository evidence, AgreementRepository agreements) {
        this.evidence = evidence;
        this.agreements = agreements;
    }

    private static ActorRef speakerOf(QuoteRow q) {
        return q.personId() != null ? new ActorRef("person", q.personId(), q.personName())
                : new ActorRef("organization", q.organizationId(), q.organizationName());
    }

    public List<QuoteDto> toDtos(List<QuoteRow> quotes) {
        if (quotes.isEmpty()) {
            return List.of();
        }
        Map<String, List<EvidenceDto>> spans = evidence.forQuotes(quotes.stream().map(QuoteRow::id).toList());
        Map<String, AgreementRef> abouts = agreements.refs(quotes.stream().map(QuoteRow::aboutAgreementId).collect(Collectors.toSet()));
        return quotes.stream().map(q -> new QuoteDto(q.id(), q.documentId(),
                speakerOf(q), q.text(), q.lang(), q.textEn(), q.kind(),
                q.channelId() == null ? null : new OrganizationRef(q.channelId(), q.channelName()),
                abouts.get(q.aboutAgreementId()), spans.getOrDefault(q.id(), List.of()), q.updatedAt())).toList();
    }
}

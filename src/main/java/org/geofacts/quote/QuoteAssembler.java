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

/** Turns a page of quotes into DTOs with one query each for evidence and agreements. */
@ApplicationScoped
public class QuoteAssembler {

    private final EvidenceRepository evidence;
    private final AgreementRepository agreements;

    public QuoteAssembler(EvidenceRepository evidence, AgreementRepository agreements) {
        this.evidence = evidence;
        this.agreements = agreements;
    }

    private static ActorRef speakerOf(Quote q) {
        return q.speaker != null ? new ActorRef("person", q.speaker.id, q.speaker.name)
                : new ActorRef("organization", q.speakerOrganization.id, q.speakerOrganization.nameEn);
    }

    public List<QuoteDto> toDtos(List<Quote> quotes) {
        if (quotes.isEmpty()) {
            return List.of();
        }
        Map<String, List<EvidenceDto>> spans = evidence.forQuotes(quotes.stream().map(q -> q.id).toList());
        Map<String, AgreementRef> abouts = agreements.refs(quotes.stream().map(q -> q.aboutAgreementId).collect(Collectors.toSet()));
        return quotes.stream().map(q -> new QuoteDto(q.id, q.documentId,
                speakerOf(q), q.text, q.lang, q.textEn, q.kind,
                q.channel == null ? null : new OrganizationRef(q.channel.id, q.channel.nameEn),
                abouts.get(q.aboutAgreementId), spans.getOrDefault(q.id, List.of()), q.updatedAt)).toList();
    }
}

package org.geofacts.agreement;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.geofacts.paging.Page;
import org.geofacts.paging.PageRequest;
import org.geofacts.model.StatedDate;
import org.geofacts.web.ProblemException;
import org.geofacts.model.Refs.AgreementRef;
import org.geofacts.model.Refs.CountryRef;
import org.geofacts.evidence.EvidenceDto;
import org.geofacts.evidence.EvidenceRepository;

@ApplicationScoped
public class AgreementService {

    private final AgreementRepository agreements;
    private final ClauseRepository clauses;
    private final EvidenceRepository evidence;

    public AgreementService(AgreementRepository agreements, ClauseRepository clauses, EvidenceRepository evidence) {
        this.agreements = agreements;
        this.clauses = clauses;
        this.evidence = evidence;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<AgreementDto> list(AgreementFilter filter, PageRequest page) {
        List<Agreement> rows = filter.partyCodes() != null && filter.partyCodes().isEmpty()
                ? List.of() : agreements.page(filter, page);
        return Page.of(rows, page, a -> a.id, this::toDtos);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<AgreementDto> get(String id) {
        return agreements.findByIdOptional(id).map(a -> toDtos(List.of(a)).get(0));
    }

    /** @throws ProblemException 404 when the agreement does not exist */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<ClauseDto> clauses(String agreementId, String type, PageRequest page) {
        AgreementRef agreement = require(agreementId);
        if (page.after() != null && !page.after().matches("\\d{1,9}")) {
            throw ProblemException.invalidParameter("cursor", "not a cursor issued for this list");
        }
        return Page.of(clauses.page(agreementId, type, page), page, c -> Integer.toString(c.ordinal()),
                shown -> toClauseDtos(agreement, shown));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ClauseDto clause(String agreementId, int ordinal) {
        AgreementRef agreement = require(agreementId);
        ClauseRow clause = clauses.row(agreementId, ordinal)
                .orElseThrow(() -> ProblemException.notFound("clause", agreementId + "/" + ordinal));
        return toClauseDtos(agreement, List.of(clause)).get(0);
    }

    /** The agreement's id and name, a remembered lookup: a page of its clauses names it. */
    private AgreementRef require(String id) {
        AgreementRef ref = agreements.refs(List.of(id)).get(id);
        if (ref == null) {
            throw ProblemException.notFound("agreement", id);
        }
        return ref;
    }

    private List<ClauseDto> toClauseDtos(AgreementRef agreement, List<ClauseRow> shown) {
        Map<Long, List<EvidenceDto>> spans = evidence.forClauses(shown.stream().map(ClauseRow::id).toList());
        return shown.stream().map(c -> new ClauseDto(agreement, c.ordinal(), c.type(), c.summaryEn(),
                spans.getOrDefault(c.id(), List.of()))).toList();
    }

    private List<AgreementDto> toDtos(List<Agreement> shown) {
        List<String> ids = shown.stream().map(a -> a.id).toList();
        Map<String, List<EvidenceDto>> spans = evidence.forAgreements(ids);
        Map<String, Long> clauseCounts = clauses.countsOf(ids);
        return shown.stream().map(a -> new AgreementDto(a.id, a.nameEn, a.nameId, a.kind, a.status,
                StatedDate.parsed(a.signed), a.signedPlace,
                a.parties.stream().map(c -> new CountryRef(c.code, c.nameEn)).toList(),
                clauseCounts.getOrDefault(a.id, 0L), a.documentId, spans.getOrDefault(a.id, List.of()), a.updatedAt)).toList();
    }
}

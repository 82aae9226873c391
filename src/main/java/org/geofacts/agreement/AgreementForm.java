package org.geofacts.agreement;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.geofacts.bundle.FactBundle.AgreementEntry;
import org.geofacts.bundle.FactBundle.ClauseEntry;
import org.geofacts.document.Document;
import org.geofacts.document.DocumentRepository;
import org.geofacts.editing.EvidenceForm;
import org.geofacts.editing.FactForm;
import org.geofacts.evidence.EvidenceDto;
import org.geofacts.evidence.EvidenceRepository;

/** An agreement with its clauses in bundle-entry form, for curators' edits. */
@Singleton
public class AgreementForm extends FactForm<AgreementEntry, AgreementDto> {

    private final AgreementRepository agreements;
    private final ClauseRepository clauses;
    private final AgreementService service;
    private final EvidenceRepository evidence;
    private final DocumentRepository documents;

    public AgreementForm(AgreementRepository agreements, ClauseRepository clauses, AgreementService service,
            EvidenceRepository evidence, DocumentRepository documents) {
        super("agreement", AgreementEntry.class, agreements);
        this.agreements = agreements;
        this.clauses = clauses;
        this.service = service;
        this.evidence = evidence;
        this.documents = documents;
    }

    @Override
    public Optional<AgreementDto> representation(String id) {
        return service.get(id);
    }

    @Override
    public Optional<Stored<AgreementEntry>> stored(String id) {
        return agreements.findByIdOptional(id).map(a -> {
            Document document = documents.findById(a.documentId);
            List<Clause> stored = clauses.list("agreementId = ?1 order by ordinal", a.id);
            Map<Long, List<EvidenceDto>> clauseSpans = evidence.forClauses(stored.stream().map(c -> c.id).toList());
            List<ClauseEntry> clauseEntries = stored.stream().map(c -> new ClauseEntry(c.ordinal, c.type, c.summaryEn,
                    EvidenceForm.of(clauseSpans.getOrDefault(c.id, List.of()), document))).toList();
            return new Stored<>(a.id, new AgreementEntry(a.id, a.nameEn, a.nameId, a.kind,
                    a.parties.stream().map(c -> c.code).toList(), a.signedValue, a.signedPlace, a.status,
                    EvidenceForm.of(evidence.forAgreements(List.of(a.id)).getOrDefault(a.id, List.of()), document), clauseEntries),
                    a.documentId);
        });
    }
}

package org.geofacts.claim;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.geofacts.bundle.FactBundle.ActorRef;
import org.geofacts.bundle.FactBundle.ClaimEntry;
import org.geofacts.document.DocumentRepository;
import org.geofacts.editing.EvidenceForm;
import org.geofacts.editing.FactForm;
import org.geofacts.evidence.EvidenceRepository;

/** A claim in its bundle-entry form, for curators' edits. */
@Singleton
public class ClaimForm extends FactForm<ClaimEntry, ClaimDto> {

    private final ClaimRepository claims;
    private final ClaimService service;
    private final EvidenceRepository evidence;
    private final DocumentRepository documents;

    public ClaimForm(ClaimRepository claims, ClaimService service, EvidenceRepository evidence, DocumentRepository documents) {
        super("claim", ClaimEntry.class, claims);
        this.claims = claims;
        this.service = service;
        this.evidence = evidence;
        this.documents = documents;
    }

    @Override
    public Optional<ClaimDto> representation(String id) {
        return service.get(id);
    }

    @Override
    public Optional<Stored<ClaimEntry>> stored(String id) {
        return claims.findByIdOptional(id).map(c -> {
            List<ClaimActor> actors = claims.actorsOf(List.of(c.id));
            return new Stored<>(c.id, new ClaimEntry(c.id, refs(actors, ClaimActor.CLAIMANT), refs(actors, ClaimActor.SUBJECT),
                    c.statement, c.statementEn, c.category, c.modality, c.aboutAgreementId,
                    EvidenceForm.of(evidence.forClaims(List.of(c.id)).getOrDefault(c.id, List.of()), documents.findById(c.documentId))),
                    c.documentId);
        });
    }

    /** Actors come ordered by role and position. */
    private static List<ActorRef> refs(List<ClaimActor> actors, String role) {
        List<ActorRef> refs = actors.stream().filter(a -> a.role.equals(role))
                .map(a -> new ActorRef(a.countryCode, a.personId, a.organizationId)).toList();
        return refs.isEmpty() ? null : refs;
    }
}

package org.geofacts.claim;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Singleton;

import org.geofacts.bundle.EntryCheck;
import org.geofacts.bundle.FactBundle;
import org.geofacts.bundle.FactBundle.ActorRef;
import org.geofacts.bundle.FactBundle.ClaimEntry;
import org.geofacts.bundle.FactKind;
import org.geofacts.bundle.ImportRun;
import org.geofacts.bundle.Vocabulary;

/** Claims in bundles and edits: who claims what about whom, with its modality and evidence. */
@Singleton
public class ClaimKind extends FactKind<ClaimEntry, Claim, ClaimDto> {

    private static final int MAX_ACTORS = 50;

    private final ClaimRepository claims;

    public ClaimKind(ClaimRepository claims, ClaimService service) {
        super(FactBundle.CLAIMS, ClaimEntry.class, Claim.class, claims, ClaimEntry::id, ClaimKind::rules, service::get);
        this.claims = claims;
    }

    public static void rules(ClaimEntry c, EntryCheck check) {
        check.id("id", c.id());
        List<ActorRef> claimants = c.claimants() == null ? List.of() : c.claimants();
        if (claimants.isEmpty()) {
            check.problem("claimants", "a claim needs at least one claimant");
        }
        actors(check, "claimants", claimants);
        actors(check, "subjects", c.subjects() == null ? List.of() : c.subjects());
        check.required("statement", c.statement());
        if (c.statementEn() != null) {
            check.required("statement_en", c.statementEn());
        }
        check.vocabulary("category", c.category(), Vocabulary.CLAIM_CATEGORIES);
        check.vocabulary("modality", c.modality(), Vocabulary.MODALITIES);
        if (c.aboutAgreement() != null) {
            check.reference("about_agreement", FactBundle.AGREEMENTS, c.aboutAgreement(), "agreement");
        }
        check.evidence(c.evidence());
    }

    /**
     * Each actor once, and no more of them than any reported claim names: the rows are written under the one
     * write lock and read with every page the claim is on (30,000 copies of one claimant took an edit 5 s).
     */
    private static void actors(EntryCheck check, String role, List<ActorRef> refs) {
        if (refs.size() > MAX_ACTORS) {
            check.problem(role, "must name at most " + MAX_ACTORS + " actors, not " + refs.size());
            return;
        }
        Set<ActorRef> seen = new HashSet<>();
        for (int i = 0; i < refs.size(); i++) {
            actor(check, role + "/" + i, refs.get(i));
            if (refs.get(i) != null && !seen.add(refs.get(i))) {
                check.problem(role + "/" + i, "names the same actor as an earlier entry");
            }
        }
    }

    /** Exactly one of a country, a person or an organization. */
    private static void actor(EntryCheck check, String at, ActorRef ref) {
        if (!check.object(at, ref)) {
            return;
        }
        int set = (ref.country() == null ? 0 : 1) + (ref.person() == null ? 0 : 1) + (ref.organization() == null ? 0 : 1);
        if (set != 1) {
            check.problem(at, "name exactly one of country, person or organization");
        } else if (ref.country() != null) {
            check.country(at + "/country", ref.country());
        } else if (ref.person() != null) {
            check.reference(at + "/person", FactBundle.PEOPLE, ref.person(), "person (speaker or actor)");
        } else {
            check.reference(at + "/organization", FactBundle.ORGANIZATIONS, ref.organization(), "organization");
        }
    }

    @Override
    protected void copy(ClaimEntry entry, Claim claim, ImportRun run) {
        claim.id = entry.id();
        claim.statement = entry.statement();
        claim.statementLang = run.documentLang();
        claim.statementEn = entry.statementEn();
        claim.category = entry.category();
        claim.modality = entry.modality();
        claim.aboutAgreementId = entry.aboutAgreement();
    }

    @Override
    protected void clearParts(Claim claim) {
        claims.getEntityManager().createQuery("delete from ClaimActor where claimId = :id").setParameter("id", claim.id).executeUpdate();
    }

    @Override
    protected void writeParts(ClaimEntry entry, Claim claim, String at, ImportRun run) {
        writeActors(claim.id, ClaimActor.CLAIMANT, entry.claimants());
        writeActors(claim.id, ClaimActor.SUBJECT, entry.subjects());
        evidence.replace("claimId", claim.id, run.spansOf(at), span -> span.claimId = claim.id);
    }

    private void writeActors(String claimId, String role, List<ActorRef> refs) {
        if (refs == null) {
            return;
        }
        for (int i = 0; i < refs.size(); i++) {
            ActorRef ref = refs.get(i);
            ClaimActor actor = new ClaimActor();
            actor.claimId = claimId;
            actor.role = role;
            actor.position = i;
            actor.countryCode = ref.country();
            actor.personId = ref.person();
            actor.organizationId = ref.organization();
            claims.getEntityManager().persist(actor);
        }
    }

    @Override
    public Optional<Stored<ClaimEntry>> stored(String id) {
        return claims.findByIdOptional(id).map(c -> {
            List<ClaimRepository.ActorRow> actors = claims.actorsOf(List.of(c.id));
            return new Stored<>(c.id, new ClaimEntry(c.id, refs(actors, ClaimActor.CLAIMANT), refs(actors, ClaimActor.SUBJECT),
                    c.statement, c.statementEn, c.category, c.modality, c.aboutAgreementId,
                    evidenceEntries(evidence.forClaims(List.of(c.id)).getOrDefault(c.id, List.of()), c.documentId)),
                    c.documentId);
        });
    }

    /** Actors come ordered by role and position. */
    private static List<ActorRef> refs(List<ClaimRepository.ActorRow> actors, String role) {
        List<ActorRef> refs = actors.stream().filter(a -> a.role().equals(role))
                .map(a -> new ActorRef(a.countryCode(), a.personId(), a.organizationId())).toList();
        return refs.isEmpty() ? null : refs;
    }
}

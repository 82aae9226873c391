package org.geofacts.bundle;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.geofacts.agreement.Agreement;
import org.geofacts.agreement.AgreementRepository;
import org.geofacts.agreement.Clause;
import org.geofacts.agreement.ClauseRepository;
import org.geofacts.claim.Claim;
import org.geofacts.claim.ClaimActor;
import org.geofacts.claim.ClaimRepository;
import org.geofacts.model.PartialDate;
import org.geofacts.country.CountryRepository;
import org.geofacts.bundle.FactBundle.ActorRef;
import org.geofacts.bundle.FactBundle.AgreementEntry;
import org.geofacts.bundle.FactBundle.ClaimEntry;
import org.geofacts.bundle.FactBundle.ClauseEntry;
import org.geofacts.bundle.FactBundle.QuoteEntry;
import org.geofacts.bundle.FactBundle.RelationEntry;
import org.geofacts.bundle.ImportReport.Outcome;
import org.geofacts.evidence.EvidenceDto;
import org.geofacts.evidence.EvidenceRepository;
import org.geofacts.evidence.EvidenceSpan;
import org.geofacts.evidence.LocatedSpan;
import org.geofacts.organization.OrganizationRepository;
import org.geofacts.person.PersonRepository;
import org.geofacts.quote.Quote;
import org.geofacts.quote.QuoteRepository;
import org.geofacts.relation.Relation;
import org.geofacts.relation.RelationRepository;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.geofacts.model.Fingerprint;

/**
 * Upserts the facts of one document (agreements with clauses, claims, quotes, relations) with
 * their evidence, and deletes the facts of that document the bundle no longer contains. A fact
 * whose bundle entry is unchanged is left alone; a changed one is rewritten with its evidence.
 */
@ApplicationScoped
class FactImporter {


    private final AgreementRepository agreements;
    private final ClauseRepository clauses;
    private final ClaimRepository claims;
    private final QuoteRepository quotes;
    private final RelationRepository relations;
    private final EvidenceRepository evidence;
    private final CountryRepository countries;
    private final PersonRepository people;
    private final OrganizationRepository organizations;
    private final ObjectMapper mapper;
    private final EntityManager em;

    FactImporter(AgreementRepository agreements, ClauseRepository clauses, ClaimRepository claims, QuoteRepository quotes,
            RelationRepository relations, EvidenceRepository evidence, CountryRepository countries, PersonRepository people,
            OrganizationRepository organizations, ObjectMapper mapper, EntityManager em) {
        this.agreements = agreements;
        this.clauses = clauses;
        this.claims = claims;
        this.quotes = quotes;
        this.relations = relations;
        this.evidence = evidence;
        this.countries = countries;
        this.people = people;
        this.organizations = organizations;
        this.mapper = mapper;
        this.em = em;
    }

    /**
     * @param mode whether facts of the document the bundle lacks are deleted, and whether curators'
     *             work is kept (see {@link ImportMode})
     */
    void importAll(ResolvedBundle resolved, String documentId, String actor, ImportReport.Tally tally, ImportMode mode) {
        FactBundle bundle = resolved.bundle();
        for (int i = 0; i < bundle.agreements().size(); i++) {
            tally.add("agreements", agreement(resolved, "/agreements/" + i, bundle.agreements().get(i), documentId, actor, mode));
        }
        for (int i = 0; i < bundle.claims().size(); i++) {
            tally.add("claims", claim(resolved, "/claims/" + i, bundle.claims().get(i), documentId, actor, mode));
        }
        for (int i = 0; i < bundle.quotes().size(); i++) {
            tally.add("quotes", quote(resolved, "/quotes/" + i, bundle.quotes().get(i), documentId, actor, mode));
        }
        for (int i = 0; i < bundle.relations().size(); i++) {
            tally.add("relations", relation(resolved, "/relations/" + i, bundle.relations().get(i), documentId, actor, mode));
        }
        if (mode == ImportMode.MERGE) {
            return;
        }
        String unlessCurated = mode == ImportMode.RELOAD ? " and updatedBy not like 'curator:%'" : "";
        tally.deleted("claims", (int) claims.delete("documentId = ?1 and id not in ?2" + unlessCurated, documentId,
                ids(bundle.claims().stream().map(ClaimEntry::id).collect(Collectors.toSet()))));
        tally.deleted("quotes", (int) quotes.delete("documentId = ?1 and id not in ?2" + unlessCurated, documentId,
                ids(bundle.quotes().stream().map(QuoteEntry::id).collect(Collectors.toSet()))));
        tally.deleted("relations", (int) relations.delete("documentId = ?1 and id not in ?2" + unlessCurated, documentId,
                ids(bundle.relations().stream().map(RelationEntry::id).collect(Collectors.toSet()))));
    }

    private Outcome agreement(ResolvedBundle resolved, String at, AgreementEntry entry, String documentId, String actor,
            ImportMode mode) {
        String hash = Fingerprint.of(mapper, entry.canonical());
        Agreement agreement = agreements.findById(entry.id());
        if (mode.keepsAsCuratorsLeftIt(agreement)) {
            return Outcome.UNCHANGED;
        }
        Outcome outcome = EntityImporter.outcome(agreement == null, agreement == null ? null : agreement.sourceHash, hash);
        if (outcome == Outcome.UNCHANGED) {
            return outcome;
        }
        if (agreement == null) {
            agreement = new Agreement();
            agreement.id = entry.id();
            agreement.documentId = documentId;
        }
        agreement.nameEn = entry.nameEn();
        agreement.nameId = entry.nameId();
        agreement.kind = entry.kind();
        agreement.status = entry.status();
        PartialDate signed = PartialDate.parseOrNull(entry.signed());
        agreement.signedValue = signed == null ? null : signed.value();
        agreement.signedEarliest = signed == null ? null : signed.earliest();
        agreement.signedLatest = signed == null ? null : signed.latest();
        agreement.signedPlace = entry.signedPlace();
        agreement.parties.clear();
        for (String code : entry.parties()) {
            agreement.parties.add(countries.findById(code));
        }
        agreement.sourceHash = hash;
        agreement.touchedBy(actor);
        agreements.persist(agreement);
        String agreementId = agreement.id;
        evidence.delete("agreementId", agreementId);
        agreements.flush();
        writeSpans(resolved.spansOf(at), span -> span.agreementId = agreementId);
        writeClauses(resolved, at, agreementId, entry.clauses() == null ? List.of() : entry.clauses(), actor);
        return outcome;
    }

    /**
     * Brings the agreement's clauses in line with the entry, clause by clause, keyed by ordinal: an
     * unchanged clause is left alone, so an edit of one clause touches (and puts in the change feed)
     * only that clause.
     */
    private void writeClauses(ResolvedBundle resolved, String at, String agreementId, List<ClauseEntry> entries, String actor) {
        Map<Integer, Clause> stored = new HashMap<>();
        clauses.list("agreementId", agreementId).forEach(c -> stored.put(c.ordinal, c));
        Map<Long, List<EvidenceDto>> storedSpans = evidence.forClauses(stored.values().stream().map(c -> c.id).toList());
        for (int i = 0; i < entries.size(); i++) {
            ClauseEntry entry = entries.get(i);
            List<LocatedSpan> spans = resolved.spansOf(at + "/clauses/" + i);
            Clause clause = stored.remove(entry.ordinal());
            if (clause != null && clause.type.equals(entry.type()) && clause.summaryEn.equals(entry.summaryEn())
                    && sameSpans(storedSpans.getOrDefault(clause.id, List.of()), spans)) {
                continue;
            }
            if (clause == null) {
                clause = new Clause();
                clause.agreementId = agreementId;
                clause.ordinal = entry.ordinal();
            } else {
                evidence.delete("clauseId", clause.id);
                // Evidence lives in its own rows: the clause row must still change, for its version and the change feed.
                clause.updatedAt = java.time.OffsetDateTime.now();
            }
            clause.type = entry.type();
            clause.summaryEn = entry.summaryEn();
            clause.touchedBy(actor);
            clauses.persistAndFlush(clause);
            Long clauseId = clause.id;
            writeSpans(spans, span -> span.clauseId = clauseId);
        }
        stored.values().forEach(clauses::delete);
    }

    /** @param stored in position order, as {@link EvidenceRepository#forClauses} gives them */
    private static boolean sameSpans(List<EvidenceDto> stored, List<LocatedSpan> located) {
        if (stored.size() != located.size()) {
            return false;
        }
        for (int i = 0; i < stored.size(); i++) {
            if (stored.get(i).start() != located.get(i).start() || stored.get(i).end() != located.get(i).end()) {
                return false;
            }
        }
        return true;
    }

    private Outcome claim(ResolvedBundle resolved, String at, ClaimEntry entry, String documentId, String actor,
            ImportMode mode) {
        String hash = Fingerprint.of(mapper, entry);
        Claim claim = claims.findById(entry.id());
        if (mode.keepsAsCuratorsLeftIt(claim)) {
            return Outcome.UNCHANGED;
        }
        Outcome outcome = EntityImporter.outcome(claim == null, claim == null ? null : claim.sourceHash, hash);
        if (outcome == Outcome.UNCHANGED) {
            return outcome;
        }
        if (claim == null) {
            claim = new Claim();
            claim.id = entry.id();
        }
        claim.documentId = documentId;
        claim.statement = entry.statement();
        claim.statementLang = resolved.bundle().document().lang();
        claim.statementEn = entry.statementEn();
        claim.category = entry.category();
        claim.modality = entry.modality();
        claim.aboutAgreementId = entry.aboutAgreement();
        claim.sourceHash = hash;
        claim.touchedBy(actor);
        claims.persist(claim);
        String claimId = claim.id;
        evidence.delete("claimId", claimId);
        em.createQuery("delete from ClaimActor where claimId = :id").setParameter("id", claimId).executeUpdate();
        claims.flush();
        writeActors(claimId, ClaimActor.CLAIMANT, entry.claimants());
        writeActors(claimId, ClaimActor.SUBJECT, entry.subjects());
        writeSpans(resolved.spansOf(at), span -> span.claimId = claimId);
        return outcome;
    }

    private Outcome quote(ResolvedBundle resolved, String at, QuoteEntry entry, String documentId, String actor,
            ImportMode mode) {
        String hash = Fingerprint.of(mapper, entry);
        Quote quote = quotes.findById(entry.id());
        if (mode.keepsAsCuratorsLeftIt(quote)) {
            return Outcome.UNCHANGED;
        }
        Outcome outcome = EntityImporter.outcome(quote == null, quote == null ? null : quote.sourceHash, hash);
        if (outcome == Outcome.UNCHANGED) {
            return outcome;
        }
        if (quote == null) {
            quote = new Quote();
            quote.id = entry.id();
        }
        quote.documentId = documentId;
        quote.speaker = people.findById(entry.speaker());
        quote.text = entry.text();
        quote.lang = resolved.bundle().document().lang();
        quote.textEn = entry.textEn();
        quote.kind = entry.kind();
        quote.channel = entry.channel() == null ? null : organizations.findById(entry.channel());
        quote.aboutAgreementId = entry.aboutAgreement();
        quote.sourceHash = hash;
        quote.touchedBy(actor);
        quotes.persist(quote);
        String quoteId = quote.id;
        evidence.delete("quoteId", quoteId);
        quotes.flush();
        writeSpans(resolved.spansOf(at), span -> span.quoteId = quoteId);
        return outcome;
    }

    private Outcome relation(ResolvedBundle resolved, String at, RelationEntry entry, String documentId, String actor,
            ImportMode mode) {
        String hash = Fingerprint.of(mapper, entry);
        Relation relation = relations.findById(entry.id());
        if (mode.keepsAsCuratorsLeftIt(relation)) {
            return Outcome.UNCHANGED;
        }
        Outcome outcome = EntityImporter.outcome(relation == null, relation == null ? null : relation.sourceHash, hash);
        if (outcome == Outcome.UNCHANGED) {
            return outcome;
        }
        if (relation == null) {
            relation = new Relation();
            relation.id = entry.id();
        }
        relation.documentId = documentId;
        relation.source = countries.findById(entry.source());
        relation.target = countries.findById(entry.target());
        relation.kind = entry.kind();
        PartialDate since = PartialDate.parseOrNull(entry.since());
        relation.sinceValue = since == null ? null : since.value();
        relation.sinceEarliest = since == null ? null : since.earliest();
        relation.sinceLatest = since == null ? null : since.latest();
        relation.sourceHash = hash;
        relation.touchedBy(actor);
        relations.persist(relation);
        String relationId = relation.id;
        evidence.delete("relationId", relationId);
        relations.flush();
        writeSpans(resolved.spansOf(at), span -> span.relationId = relationId);
        return outcome;
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
            em.persist(actor);
        }
    }

    private void writeSpans(List<LocatedSpan> spans, Consumer<EvidenceSpan> owner) {
        for (int i = 0; i < spans.size(); i++) {
            EvidenceSpan span = EvidenceSpan.of(spans.get(i), i);
            owner.accept(span);
            evidence.persist(span);
        }
    }


    /** "not in ()" is invalid SQL; "-" is no valid id, so it keeps the query valid for empty sets. */
    private static Set<String> ids(Set<String> ids) {
        return ids.isEmpty() ? Set.of("-") : ids;
    }
}

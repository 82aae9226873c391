package org.geofacts.agreement;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.inject.Singleton;

import org.geofacts.bundle.EntryCheck;
import org.geofacts.bundle.FactBundle;
import org.geofacts.bundle.FactBundle.AgreementEntry;
import org.geofacts.bundle.FactBundle.ClauseEntry;
import org.geofacts.bundle.FactKind;
import org.geofacts.bundle.ImportRun;
import org.geofacts.bundle.Vocabulary;
import org.geofacts.country.CountryRepository;
import org.geofacts.evidence.EvidenceDto;
import org.geofacts.evidence.EvidenceRepository;
import org.geofacts.evidence.LocatedSpan;
import org.geofacts.model.StatedDate;

/**
 * Agreements in bundles and edits, with their clauses: clauses are part of the agreement's entry
 * and are written clause by clause, keyed by ordinal, so editing one touches only that one.
 */
@Singleton
public class AgreementKind extends FactKind<AgreementEntry, Agreement, AgreementDto> {

    private final AgreementRepository agreements;
    private final ClauseRepository clauses;
    private final CountryRepository countries;

    public AgreementKind(AgreementRepository agreements, ClauseRepository clauses, AgreementService service,
            CountryRepository countries) {
        super(FactBundle.AGREEMENTS, AgreementEntry.class, Agreement.class, agreements, AgreementEntry::id, AgreementKind::rules, service::get);
        this.agreements = agreements;
        this.clauses = clauses;
        this.countries = countries;
    }

    public static void rules(AgreementEntry a, EntryCheck check) {
        check.id("id", a.id());
        check.required("name_en", a.nameEn());
        check.vocabulary("kind", a.kind(), Vocabulary.AGREEMENT_KINDS);
        check.vocabulary("status", a.status(), Vocabulary.AGREEMENT_STATUSES);
        check.partialDate("signed", a.signed());
        List<String> parties = a.parties() == null ? List.of() : a.parties();
        if (parties.size() < 2) {
            check.problem("parties", "an agreement needs at least two parties");
        }
        Set<String> seenParties = new HashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            if (check.country("parties/" + i, parties.get(i)) && !seenParties.add(parties.get(i))) {
                check.problem("parties/" + i, "'" + parties.get(i) + "' is listed twice");
            }
        }
        check.evidence(a.evidence());
        List<ClauseEntry> clauseEntries = a.clauses() == null ? List.of() : a.clauses();
        Set<Integer> ordinals = new HashSet<>();
        for (int i = 0; i < clauseEntries.size(); i++) {
            EntryCheck clauseCheck = check.at("clauses/" + i);
            ClauseEntry clause = clauseEntries.get(i);
            if (!check.object("clauses/" + i, clause)) {
                continue;
            }
            if (clause.ordinal() == null || clause.ordinal() < 1) {
                clauseCheck.problem("ordinal", "must be an integer of at least 1");
            } else if (!ordinals.add(clause.ordinal())) {
                clauseCheck.problem("ordinal", "ordinal " + clause.ordinal() + " repeats an earlier clause");
            }
            clauseCheck.vocabulary("type", clause.type(), Vocabulary.CLAUSE_TYPES);
            clauseCheck.required("summary_en", clause.summaryEn());
            clauseCheck.evidence(clause.evidence());
        }
    }

    @Override
    protected void copy(AgreementEntry entry, Agreement agreement, ImportRun run) {
        agreement.id = entry.id();
        agreement.nameEn = entry.nameEn();
        agreement.nameId = entry.nameId();
        agreement.kind = entry.kind();
        agreement.status = entry.status();
        agreement.signed = StatedDate.of(entry.signed());
        agreement.signedPlace = entry.signedPlace();
        agreement.parties.clear();
        entry.parties().forEach(code -> agreement.parties.add(countries.findById(code)));
    }

    @Override
    protected void writeParts(AgreementEntry entry, Agreement agreement, String at, ImportRun run) {
        evidence.replace("agreementId", agreement.id, run.spansOf(at), span -> span.agreementId = agreement.id);
        writeClauses(run, at, agreement.id, entry.clauses() == null ? List.of() : entry.clauses());
    }

    /**
     * Brings the agreement's clauses in line with the entry, clause by clause, keyed by ordinal: an
     * unchanged clause is left alone, so an edit of one clause touches (and puts in the change feed)
     * only that clause.
     */
    private void writeClauses(ImportRun run, String at, String agreementId, List<ClauseEntry> entries) {
        Map<Integer, Clause> stored = new HashMap<>();
        clauses.list("agreementId", agreementId).forEach(c -> stored.put(c.ordinal, c));
        Map<Long, List<EvidenceDto>> storedSpans = evidence.forClauses(stored.values().stream().map(c -> c.id).toList());
        for (int i = 0; i < entries.size(); i++) {
            ClauseEntry entry = entries.get(i);
            List<LocatedSpan> spans = run.spansOf(at + "/clauses/" + i);
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
                // Evidence lives in its own rows: the clause row must still change, for its version and the change feed.
                clause.updatedAt = OffsetDateTime.now();
            }
            clause.type = entry.type();
            clause.summaryEn = entry.summaryEn();
            clause.touchedBy(run.actor());
            clauses.persistAndFlush(clause);
            Long clauseId = clause.id;
            evidence.replace("clauseId", clauseId, spans, span -> span.clauseId = clauseId);
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

    /** Agreements outlive the bundle that introduced them: other documents' claims and quotes may be about them. */
    @Override
    public int deleteAbsent(String documentId, Set<String> keptIds, boolean keepCurated) {
        return 0;
    }

    @Override
    public Optional<Stored<AgreementEntry>> stored(String id) {
        return agreements.findByIdOptional(id).map(a -> {
            List<Clause> stored = clauses.list("agreementId = ?1 order by ordinal", a.id);
            Map<Long, List<EvidenceDto>> clauseSpans = evidence.forClauses(stored.stream().map(c -> c.id).toList());
            List<ClauseEntry> clauseEntries = stored.stream().map(c -> new ClauseEntry(c.ordinal, c.type, c.summaryEn,
                    evidenceEntries(clauseSpans.getOrDefault(c.id, List.of()), a.documentId))).toList();
            return new Stored<>(a.id, new AgreementEntry(a.id, a.nameEn, a.nameId, a.kind,
                    a.parties.stream().map(c -> c.code).toList(), StatedDate.valueOf(a.signed), a.signedPlace, a.status,
                    evidenceEntries(evidence.forAgreements(List.of(a.id)).getOrDefault(a.id, List.of()), a.documentId), clauseEntries),
                    a.documentId);
        });
    }
}

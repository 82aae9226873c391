package org.geofacts.bundle;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.geofacts.agreement.AgreementRepository;
import org.geofacts.model.PartialDate;
import org.geofacts.country.CountryRepository;
import org.geofacts.bundle.FactBundle.ActorRef;
import org.geofacts.bundle.FactBundle.AgreementEntry;
import org.geofacts.bundle.FactBundle.ClaimEntry;
import org.geofacts.bundle.FactBundle.ClauseEntry;
import org.geofacts.bundle.FactBundle.CountryEntry;
import org.geofacts.bundle.FactBundle.EvidenceEntry;
import org.geofacts.bundle.FactBundle.OrganizationEntry;
import org.geofacts.bundle.FactBundle.PersonEntry;
import org.geofacts.bundle.FactBundle.QuoteEntry;
import org.geofacts.bundle.FactBundle.RelationEntry;
import org.geofacts.evidence.LocatedSpan;
import org.geofacts.evidence.SpanLocator;
import org.geofacts.evidence.SpanNotFoundException;
import org.geofacts.organization.OrganizationRepository;
import org.geofacts.person.PersonRepository;

/**
 * Checks a whole bundle before anything is written and reports every problem at once, each with
 * a JSON pointer into the bundle. References may point into the bundle itself or at entities
 * already stored, so a second article can reuse the countries and people of the first.
 */
@ApplicationScoped
public class BundleValidator {

    /** At most 120 characters: ids are keys of btree indexes, whose entries must stay small. */
    private static final Pattern ID = Pattern.compile("(?=.{1,120}$)[a-z0-9]+(-[a-z0-9]+)*");
    private static final int MAX_ALIAS = 300;
    private static final Pattern ALPHA2 = Pattern.compile("[A-Z]{2}");
    private static final Pattern ALPHA3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Pattern LANG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    private final CountryRepository countries;
    private final PersonRepository people;
    private final OrganizationRepository organizations;
    private final AgreementRepository agreements;
    private final EntityManager em;

    public BundleValidator(CountryRepository countries, PersonRepository people, OrganizationRepository organizations,
            AgreementRepository agreements, EntityManager em) {
        this.countries = countries;
        this.people = people;
        this.organizations = organizations;
        this.agreements = agreements;
        this.em = em;
    }

    /**
     * @param documentText the exact text of the bundle's document
     * @throws BundleRejectedException listing every problem, when there is any
     */
    public ResolvedBundle validate(FactBundle bundle, String documentText) {
        Run run = new Run(bundle, documentText);
        run.check();
        return resolved(run);
    }

    /**
     * Validates a bundle of entities only (countries, people, organizations), which belong to no
     * document: the path of single-entity edits.
     *
     * @throws BundleRejectedException listing every problem, when there is any
     */
    public ResolvedBundle validateEntities(FactBundle bundle) {
        Run run = new Run(bundle, "");
        run.checkEntities();
        return resolved(run);
    }

    private ResolvedBundle resolved(Run run) {
        if (!run.problems.isEmpty()) {
            throw new BundleRejectedException(run.problems);
        }
        return new ResolvedBundle(run.bundle, run.locatorText, run.spans);
    }

    /** State of one validation: the problems found and the spans located so far. */
    private final class Run {
        final FactBundle bundle;
        final SpanLocator locator;
        final String locatorText;
        final List<BundleProblem> problems = new ArrayList<>();
        final Map<String, List<LocatedSpan>> spans = new HashMap<>();
        final Set<String> countryCodes = new HashSet<>();
        final Set<String> personIds = new HashSet<>();
        final Set<String> organizationIds = new HashSet<>();
        final Set<String> agreementIds = new HashSet<>();
        final String documentId;

        /** Documents owning the bundle's claim, quote and relation ids, if already stored: looked up once per kind. */
        final Map<String, String> claimOwners;
        final Map<String, String> quoteOwners;
        final Map<String, String> relationOwners;

        Run(FactBundle bundle, String documentText) {
            this.bundle = bundle;
            this.documentId = bundle.document() == null ? null : bundle.document().id();
            this.locatorText = documentText;
            this.locator = new SpanLocator(documentId, documentText);
            this.claimOwners = OwningDocuments.of(em, "Claim", bundle.claims().stream().filter(Objects::nonNull).map(ClaimEntry::id).toList());
            this.quoteOwners = OwningDocuments.of(em, "Quote", bundle.quotes().stream().filter(Objects::nonNull).map(QuoteEntry::id).toList());
            this.relationOwners = OwningDocuments.of(em, "Relation",
                    bundle.relations().stream().filter(Objects::nonNull).map(RelationEntry::id).toList());
        }

        void check() {
            if (bundle.document() == null) {
                problem("/document", "is required");
                return;
            }
            checkDocument();
            if (anyNullEntry()) {
                return;
            }
            collectDefinedIds();
            checkEntityEntries();
            for (int i = 0; i < bundle.agreements().size(); i++) {
                checkAgreement("/agreements/" + i, bundle.agreements().get(i));
            }
            for (int i = 0; i < bundle.claims().size(); i++) {
                checkClaim("/claims/" + i, bundle.claims().get(i));
            }
            for (int i = 0; i < bundle.quotes().size(); i++) {
                checkQuote("/quotes/" + i, bundle.quotes().get(i));
            }
            for (int i = 0; i < bundle.relations().size(); i++) {
                checkRelation("/relations/" + i, bundle.relations().get(i));
            }
        }

        /** Entities only: a document or any fact in the bundle is itself a problem. */
        void checkEntities() {
            if (bundle.document() != null) {
                problem("/document", "entities belong to no document");
            }
            boolean facts = !bundle.agreements().isEmpty() || !bundle.claims().isEmpty() || !bundle.quotes().isEmpty()
                    || !bundle.relations().isEmpty();
            if (facts) {
                problem("", "facts need a document");
            }
            if (anyNullEntry()) {
                return;
            }
            collectDefinedIds();
            checkEntityEntries();
        }

        /** A null where an entry belongs is reported, and the entries are not looked into. */
        private boolean anyNullEntry() {
            boolean found = nullsIn("/countries", bundle.countries()) | nullsIn("/people", bundle.people())
                    | nullsIn("/organizations", bundle.organizations()) | nullsIn("/agreements", bundle.agreements())
                    | nullsIn("/claims", bundle.claims()) | nullsIn("/quotes", bundle.quotes()) | nullsIn("/relations", bundle.relations());
            return found;
        }

        private boolean nullsIn(String at, List<?> list) {
            boolean found = false;
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    problem(at + "/" + i, "must be an object, not null");
                    found = true;
                }
            }
            return found;
        }

        private void checkEntityEntries() {
            for (int i = 0; i < bundle.countries().size(); i++) {
                checkCountry("/countries/" + i, bundle.countries().get(i));
            }
            for (int i = 0; i < bundle.people().size(); i++) {
                checkPerson("/people/" + i, bundle.people().get(i));
            }
            for (int i = 0; i < bundle.organizations().size(); i++) {
                checkOrganization("/organizations/" + i, bundle.organizations().get(i));
            }
        }

        private void checkDocument() {
            var doc = bundle.document();
            matches("/document/id", doc.id(), ID, "a lowercase kebab-case id of at most 120 characters");
            matches("/document/lang", doc.lang(), LANG, "a BCP 47 language tag");
            required("/document/title", doc.title());
            partialDate("/document/published", doc.published());
        }

        /** Ids defined by the bundle, checked for repeats, so references can be resolved in any order. */
        private void collectDefinedIds() {
            unique("/countries", bundle.countries().stream().map(CountryEntry::code).toList(), "code", countryCodes);
            unique("/people", bundle.people().stream().map(PersonEntry::id).toList(), "id", personIds);
            unique("/organizations", bundle.organizations().stream().map(OrganizationEntry::id).toList(), "id", organizationIds);
            unique("/agreements", bundle.agreements().stream().map(AgreementEntry::id).toList(), "id", agreementIds);
            unique("/claims", bundle.claims().stream().map(ClaimEntry::id).toList(), "id", new HashSet<>());
            unique("/quotes", bundle.quotes().stream().map(QuoteEntry::id).toList(), "id", new HashSet<>());
            unique("/relations", bundle.relations().stream().map(RelationEntry::id).toList(), "id", new HashSet<>());
        }

        private void unique(String section, List<String> ids, String field, Set<String> seen) {
            for (int i = 0; i < ids.size(); i++) {
                String id = ids.get(i);
                if (id != null && !seen.add(id)) {
                    problem(section + "/" + i + "/" + field, "'" + id + "' repeats an earlier entry of " + section.substring(1));
                }
            }
        }

        private void checkCountry(String at, CountryEntry c) {
            matches(at + "/code", c.code(), ALPHA2, "an ISO 3166-1 alpha-2 code in upper case");
            matches(at + "/alpha3", c.alpha3(), ALPHA3, "an ISO 3166-1 alpha-3 code in upper case");
            optionalMatch(at + "/wikidata", c.wikidata(), QID, "a Wikidata item id such as Q159");
            notTaken(at + "/alpha3", "alpha3", c.alpha3(), "Country", "code", c.code(), "the alpha-3 code of country");
            notTaken(at + "/wikidata", "wikidataQid", c.wikidata(), "Country", "code", c.code(), "the Wikidata id of country");
            name(at + "/name_en", c.nameEn(), true);
            name(at + "/name_id", c.nameId(), true);
            aliases(at + "/aliases", c.aliases());
        }

        private void checkPerson(String at, PersonEntry p) {
            matches(at + "/id", p.id(), ID, "a lowercase kebab-case id of at most 120 characters");
            name(at + "/name", p.name(), true);
            optionalMatch(at + "/wikidata", p.wikidata(), QID, "a Wikidata item id such as Q7747");
            notTaken(at + "/wikidata", "wikidataQid", p.wikidata(), "Person", "id", p.id(), "the Wikidata id of person");
            if (p.country() != null) {
                country(at + "/country", p.country());
            }
            aliases(at + "/aliases", p.aliases());
        }

        private void checkOrganization(String at, OrganizationEntry o) {
            matches(at + "/id", o.id(), ID, "a lowercase kebab-case id of at most 120 characters");
            name(at + "/name_en", o.nameEn(), true);
            name(at + "/name_id", o.nameId(), false);
            vocabulary(at + "/kind", o.kind(), Vocabulary.ORGANIZATION_KINDS);
            optionalMatch(at + "/wikidata", o.wikidata(), QID, "a Wikidata item id such as Q7184");
            notTaken(at + "/wikidata", "wikidataQid", o.wikidata(), "Organization", "id", o.id(), "the Wikidata id of organization");
            aliases(at + "/aliases", o.aliases());
        }

        private void checkAgreement(String at, AgreementEntry a) {
            matches(at + "/id", a.id(), ID, "a lowercase kebab-case id of at most 120 characters");
            required(at + "/name_en", a.nameEn());
            vocabulary(at + "/kind", a.kind(), Vocabulary.AGREEMENT_KINDS);
            vocabulary(at + "/status", a.status(), Vocabulary.AGREEMENT_STATUSES);
            partialDate(at + "/signed", a.signed());
            List<String> parties = a.parties() == null ? List.of() : a.parties();
            if (parties.size() < 2) {
                problem(at + "/parties", "an agreement needs at least two parties");
            }
            Set<String> seenParties = new HashSet<>();
            for (int i = 0; i < parties.size(); i++) {
                if (country(at + "/parties/" + i, parties.get(i)) && !seenParties.add(parties.get(i))) {
                    problem(at + "/parties/" + i, "'" + parties.get(i) + "' is listed twice");
                }
            }
            evidence(at, a.evidence());
            List<ClauseEntry> clauses = a.clauses() == null ? List.of() : a.clauses();
            Set<Integer> ordinals = new HashSet<>();
            for (int i = 0; i < clauses.size(); i++) {
                String clauseAt = at + "/clauses/" + i;
                ClauseEntry clause = clauses.get(i);
                if (clause == null) {
                    problem(clauseAt, "must be an object, not null");
                    continue;
                }
                if (clause.ordinal() == null || clause.ordinal() < 1) {
                    problem(clauseAt + "/ordinal", "must be an integer of at least 1");
                } else if (!ordinals.add(clause.ordinal())) {
                    problem(clauseAt + "/ordinal", "ordinal " + clause.ordinal() + " repeats an earlier clause");
                }
                vocabulary(clauseAt + "/type", clause.type(), Vocabulary.CLAUSE_TYPES);
                required(clauseAt + "/summary_en", clause.summaryEn());
                evidence(clauseAt, clause.evidence());
            }
        }

        private void checkClaim(String at, ClaimEntry c) {
            matches(at + "/id", c.id(), ID, "a lowercase kebab-case id of at most 120 characters");
            notOwnedElsewhere(at + "/id", c.id(), claimOwners.get(c.id()), "claim");
            List<ActorRef> claimants = c.claimants() == null ? List.of() : c.claimants();
            if (claimants.isEmpty()) {
                problem(at + "/claimants", "a claim needs at least one claimant");
            }
            for (int i = 0; i < claimants.size(); i++) {
                actor(at + "/claimants/" + i, claimants.get(i));
            }
            List<ActorRef> subjects = c.subjects() == null ? List.of() : c.subjects();
            for (int i = 0; i < subjects.size(); i++) {
                actor(at + "/subjects/" + i, subjects.get(i));
            }
            required(at + "/statement", c.statement());
            required(at + "/statement_en", c.statementEn());
            vocabulary(at + "/category", c.category(), Vocabulary.CLAIM_CATEGORIES);
            vocabulary(at + "/modality", c.modality(), Vocabulary.MODALITIES);
            if (c.aboutAgreement() != null) {
                agreement(at + "/about_agreement", c.aboutAgreement());
            }
            evidence(at, c.evidence());
        }

        private void checkQuote(String at, QuoteEntry q) {
            matches(at + "/id", q.id(), ID, "a lowercase kebab-case id of at most 120 characters");
            notOwnedElsewhere(at + "/id", q.id(), quoteOwners.get(q.id()), "quote");
            person(at + "/speaker", q.speaker());
            if (required(at + "/text", q.text())) {
                locate(at, at + "/text", q.text(), q.occurrence());
            }
            required(at + "/text_en", q.textEn());
            vocabulary(at + "/kind", q.kind(), Vocabulary.QUOTE_KINDS);
            if (q.channel() != null) {
                organization(at + "/channel", q.channel());
            }
            if (q.aboutAgreement() != null) {
                agreement(at + "/about_agreement", q.aboutAgreement());
            }
        }

        private void checkRelation(String at, RelationEntry r) {
            matches(at + "/id", r.id(), ID, "a lowercase kebab-case id of at most 120 characters");
            notOwnedElsewhere(at + "/id", r.id(), relationOwners.get(r.id()), "relation");
            boolean known = country(at + "/source", r.source()) & country(at + "/target", r.target());
            if (known && r.source().equals(r.target())) {
                problem(at + "/target", "a relation links two different countries");
            }
            vocabulary(at + "/kind", r.kind(), Vocabulary.RELATION_KINDS);
            partialDate(at + "/since", r.since());
            evidence(at, r.evidence());
        }

        /**
         * Alpha-3 codes and Wikidata ids are unique among stored entities of a kind: checked here so
         * a clash is a precise problem rather than a failed insert.
         */
        private void notTaken(String at, String field, String value, String entity, String idField, String id, String what) {
            if (value == null || id == null) {
                return;
            }
            List<?> holders = em.createQuery("select e." + idField + " from " + entity + " e where e." + field
                    + " = :value and e." + idField + " <> :id").setParameter("value", value).setParameter("id", id)
                    .setMaxResults(1).getResultList();
            if (!holders.isEmpty()) {
                problem(at, "'" + value + "' is already " + what + " '" + holders.get(0) + "'");
            }
        }

        private void evidence(String owner, List<EvidenceEntry> evidence) {
            if (evidence == null || evidence.isEmpty()) {
                problem(owner + "/evidence", "at least one evidence span is required");
                return;
            }
            for (int i = 0; i < evidence.size(); i++) {
                EvidenceEntry e = evidence.get(i);
                String at = owner + "/evidence/" + i;
                if (e == null) {
                    problem(at, "must be an object, not null");
                    continue;
                }
                if (required(at + "/exact", e.exact())) {
                    locate(owner, at + "/exact", e.exact(), e.occurrence());
                }
            }
        }

        private void locate(String owner, String at, String exact, Integer occurrence) {
            try {
                spans.computeIfAbsent(owner, k -> new ArrayList<>()).add(locator.locate(exact, occurrence));
            } catch (SpanNotFoundException e) {
                problem(at, e.getMessage());
            }
        }

        /** A claim, quote or relation id belongs to one document; another bundle may not take it over. */
        private void notOwnedElsewhere(String at, String id, String ownerDocument, String what) {
            if (ownerDocument != null && !ownerDocument.equals(documentId)) {
                problem(at, "'" + id + "' is already the id of a " + what + " of document '" + ownerDocument + "'");
            }
        }

        private void actor(String at, ActorRef ref) {
            if (ref == null) {
                problem(at, "must be an object, not null");
                return;
            }
            int set = (ref.country() == null ? 0 : 1) + (ref.person() == null ? 0 : 1) + (ref.organization() == null ? 0 : 1);
            if (set != 1) {
                problem(at, "name exactly one of country, person or organization");
            } else if (ref.country() != null) {
                country(at + "/country", ref.country());
            } else if (ref.person() != null) {
                person(at + "/person", ref.person());
            } else {
                organization(at + "/organization", ref.organization());
            }
        }

        private boolean country(String at, String code) {
            return known(at, code, countryCodes, countries::exists, "country code");
        }

        private boolean person(String at, String id) {
            return known(at, id, personIds, people::exists, "person (speaker or actor)");
        }

        private boolean organization(String at, String id) {
            return known(at, id, organizationIds, organizations::exists, "organization");
        }

        private boolean agreement(String at, String id) {
            return known(at, id, agreementIds, agreements::exists, "agreement");
        }

        private boolean known(String at, String id, Set<String> inBundle, java.util.function.Predicate<String> stored, String what) {
            if (!required(at, id)) {
                return false;
            }
            if (inBundle.contains(id) || stored.test(id)) {
                return true;
            }
            problem(at, "unknown " + what + " '" + id + "': define it in this bundle or store it first");
            return false;
        }

        private void vocabulary(String at, String value, Set<String> allowed) {
            if (required(at, value) && !allowed.contains(value)) {
                problem(at, "'" + value + "' is not one of " + allowed.stream().sorted().toList());
            }
        }

        private void partialDate(String at, String value) {
            if (value == null) {
                return;
            }
            try {
                PartialDate.parse(value);
            } catch (IllegalArgumentException e) {
                problem(at, e.getMessage());
            }
        }

        private void aliases(String at, List<String> aliases) {
            if (aliases == null) {
                return;
            }
            for (int i = 0; i < aliases.size(); i++) {
                if (required(at + "/" + i, aliases.get(i)) && aliases.get(i).length() > MAX_ALIAS) {
                    problem(at + "/" + i, "must be at most " + MAX_ALIAS + " characters");
                }
            }
        }

        private void matches(String at, String value, Pattern pattern, String expected) {
            if (required(at, value) && !pattern.matcher(value).matches()) {
                problem(at, "'" + value + "' is not " + expected);
            }
        }

        private void optionalMatch(String at, String value, Pattern pattern, String expected) {
            if (value != null) {
                matches(at, value, pattern, expected);
            }
        }

        /** Names are aliases too, so they share the aliases' length limit (aliases are index keys). */
        private void name(String at, String value, boolean mandatory) {
            boolean present = mandatory ? required(at, value) : value != null;
            if (present && value.length() > MAX_ALIAS) {
                problem(at, "must be at most " + MAX_ALIAS + " characters");
            }
        }

        private boolean required(String at, String value) {
            if (value == null || value.isBlank()) {
                problem(at, "is required");
                return false;
            }
            if (value.indexOf('\0') >= 0) {
                problem(at, "must not contain NUL characters");
                return false;
            }
            return true;
        }

        private void problem(String pointer, String message) {
            problems.add(new BundleProblem(pointer, message));
        }
    }
}

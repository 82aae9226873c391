package org.geofacts.extraction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.geofacts.bundle.FactBundle;
import org.geofacts.bundle.FactBundle.ActorRef;
import org.geofacts.bundle.FactBundle.ClaimEntry;
import org.geofacts.bundle.FactBundle.CountryEntry;
import org.geofacts.bundle.FactBundle.DocumentEntry;
import org.geofacts.bundle.FactBundle.EvidenceEntry;
import org.geofacts.bundle.FactBundle.OrganizationEntry;
import org.geofacts.bundle.FactBundle.PersonEntry;
import org.geofacts.bundle.FactBundle.QuoteEntry;
import org.geofacts.caching.Lookups;
import org.geofacts.country.CountryRepository;
import org.geofacts.document.Document;
import org.geofacts.document.DocumentRepository;
import org.geofacts.evidence.SpanLocator;
import org.geofacts.extraction.ExtractionDto.Derivation;
import org.geofacts.extraction.ExtractionDto.TextSpan;
import org.geofacts.extraction.ExtractionDto.Unattributed;
import org.geofacts.extraction.Extractor.FoundClaim;
import org.geofacts.extraction.Extractor.FoundQuote;
import org.geofacts.extraction.Extractor.Span;
import org.geofacts.extraction.Gazetteer.Entity;
import org.geofacts.extraction.Gazetteer.Type;
import org.geofacts.model.Alias;
import org.geofacts.model.StatedDate;
import org.geofacts.organization.OrganizationRepository;
import org.geofacts.person.PersonRepository;
import org.geofacts.web.ProblemException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runs the extractor over a stored document and turns what it found into a fact bundle for that
 * document: stored people, organizations and countries are referenced by id, new ones proposed as
 * entries. Reads only: nothing is written, so the same document and store give the same answer.
 */
@ApplicationScoped
public class ExtractionService {

    private final DocumentRepository documents;
    private final PersonRepository people;
    private final OrganizationRepository organizations;
    private final CountryRepository countries;
    private final ObjectMapper mapper;
    private final JsonNode organizationLexicon;
    private final Lookups lookups;

    /** The gazetteer of everything stored, and the stored country codes among it. */
    private record StoredNames(Gazetteer gazetteer, java.util.Set<String> countryCodes) {
    }

    public ExtractionService(DocumentRepository documents, PersonRepository people, OrganizationRepository organizations,
            CountryRepository countries, ObjectMapper mapper, Lookups lookups) {
        this.lookups = lookups;
        this.documents = documents;
        this.people = people;
        this.organizations = organizations;
        this.countries = countries;
        this.mapper = mapper;
        this.organizationLexicon = Names.organizations(mapper);
    }

    /** @throws ProblemException 404 for an unknown document */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ExtractionDto extract(String documentId) {
        Document document = documents.findByIdOptional(documentId).orElseThrow(() -> ProblemException.notFound("document", documentId));
        Lexicon lexicon = Lexicon.load(mapper, document.lang);
        StoredNames names = storedNames();
        Extractor.Result result = new Extractor(document.body, lexicon, names.gazetteer(), lexicon.claimCategories()).run();
        return new Proposal(document, result, names.countryCodes(), storedFacts(document.id)).build();
    }

    /**
     * The quotes and claims the document already holds, by evidence span, and the ids they use: a
     * proposal leaves those facts out and numbers its own past those ids, so that adding it to a
     * curated document ({@code POST /imports?mode=add}) neither repeats nor overwrites a stored fact.
     */
    private record StoredFacts(List<int[]> quoteSpans, List<int[]> claimSpans, java.util.Set<String> ids) {

        boolean holdQuote(TextSpan found) {
            return overlaps(quoteSpans, found);
        }

        boolean holdClaim(TextSpan found) {
            return overlaps(claimSpans, found);
        }

        /** Whether a found span overlaps stored evidence (curated evidence is often wider); both in code points, as stored. */
        private static boolean overlaps(List<int[]> spans, TextSpan found) {
            return spans.stream().anyMatch(span -> found.start() < span[1] && span[0] < found.end());
        }
    }

    private StoredFacts storedFacts(String documentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = documents.getEntityManager().createNativeQuery(
                "select start_offset, end_offset, quote_id, claim_id from evidence_spans"
                        + " where document_id = :document and (quote_id is not null or claim_id is not null)")
                .setParameter("document", documentId).getResultList();
        List<int[]> quoteSpans = new ArrayList<>();
        List<int[]> claimSpans = new ArrayList<>();
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Object[] row : rows) {
            int[] span = { ((Number) row[0]).intValue(), ((Number) row[1]).intValue() };
            if (row[2] != null) {
                quoteSpans.add(span);
                ids.add((String) row[2]);
            } else {
                claimSpans.add(span);
                ids.add((String) row[3]);
            }
        }
        return new StoredFacts(quoteSpans, claimSpans, ids);
    }

    /**
     * Built from the whole store once and kept until a write commits (the gazetteer is only read
     * once built), so successive extractions do not each read every person, organization and country.
     */
    private StoredNames storedNames() {
        return lookups.get("extraction-gazetteer", "all", () -> {
            List<Names.Known> stored = stored();
            return new StoredNames(Names.gazetteer(mapper, stored), stored.stream().filter(k -> k.type() == Type.COUNTRY)
                    .map(Names.Known::id).collect(java.util.stream.Collectors.toUnmodifiableSet()));
        });
    }

    /** Every stored person, organization and country with its name forms, for the gazetteer. */
    private List<Names.Known> stored() {
        List<Names.Known> known = new ArrayList<>();
        people.listAll().forEach(p -> known.add(new Names.Known(Type.PERSON, p.id, p.name, aliases(p.aliases), p.role,
                p.country == null ? null : p.country.code)));
        organizations.listAll().forEach(o -> known.add(new Names.Known(Type.ORGANIZATION, o.id, o.nameEn, aliases(o.aliases), o.kind, null)));
        countries.listAll().forEach(c -> known.add(new Names.Known(Type.COUNTRY, c.code, c.nameEn, aliases(c.aliases), null, null)));
        return known;
    }

    private static List<String> aliases(java.util.Set<Alias> aliases) {
        return aliases.stream().map(a -> a.alias).toList();
    }

    /** The bundle being built for one document, with its derivations. */
    private final class Proposal {
        /** Codes of the stored countries, read once with the gazetteer: a mention of one is referenced, not proposed. */
        private final java.util.Set<String> storedCountries;
        private final Document document;
        private final Extractor.Result result;
        private final SpanLocator locator;
        private final boolean english;
        private final Map<String, PersonEntry> newPeople = new LinkedHashMap<>();
        private final Map<String, OrganizationEntry> newOrganizations = new LinkedHashMap<>();
        private final Map<String, CountryEntry> newCountries = new LinkedHashMap<>();
        private final List<QuoteEntry> quotes = new ArrayList<>();
        private final List<ClaimEntry> claims = new ArrayList<>();
        private final List<Derivation> derivations = new ArrayList<>();
        private final List<Unattributed> unattributed = new ArrayList<>();

        private final StoredFacts stored;

        Proposal(Document document, Extractor.Result result, java.util.Set<String> storedCountries, StoredFacts stored) {
            this.storedCountries = storedCountries;
            this.stored = stored;
            this.document = document;
            this.result = result;
            this.locator = new SpanLocator(document.id, document.body);
            this.english = document.lang.toLowerCase(Locale.ROOT).startsWith("en");
        }

        ExtractionDto build() {
            result.countries().forEach(match -> country(match.entity()));
            for (FoundQuote quote : result.quotes()) {
                if (quote.speaker() == null || quote.speaker().type() == Type.COUNTRY) {
                    unattributed.add(new Unattributed(span(quote.words()), quote.kind(), "no rule was sure who said it"));
                    continue;
                }
                if (stored.holdQuote(span(quote.words()))) {
                    continue;
                }
                String words = text(quote.words());
                String pointer = "/quotes/" + quotes.size();
                boolean person = quote.speaker().type() == Type.PERSON;
                quotes.add(new QuoteEntry(freeFactId("-quote-", quotes.size()), person ? person(quote.speaker()) : null,
                        person ? null : organization(quote.speaker()), words,
                        occurrence(quote.words()), english ? words : null, quote.kind(),
                        quote.channel() == null ? null : organization(quote.channel()), null));
                derivations.add(new Derivation(pointer, quote.rule(), span(quote.cue()), span(quote.speakerMention()),
                        quote.channel() == null ? null : quote.channel().name(), quote.confidence()));
            }
            for (FoundClaim claim : result.claims()) {
                if (stored.holdClaim(span(claim.statement()))) {
                    continue;
                }
                String statement = text(claim.statement());
                derivations.add(new Derivation("/claims/" + claims.size(), claim.rule(), span(claim.cue()), span(claim.claimantMention()),
                        null, claim.confidence()));
                // "Washington dan Amerika Serikat mengklaim" names one claimant twice; a claim lists each actor once.
                claims.add(new ClaimEntry(freeFactId("-claim-", claims.size()), claim.claimants().stream().map(this::actor).distinct().toList(),
                        null, statement, english ? statement : null, claim.category(), claim.modality(), null,
                        List.of(new EvidenceEntry(statement, occurrence(claim.statement())))));
            }
            FactBundle bundle = new FactBundle(null, new DocumentEntry(document.id, null, document.lang, document.title,
                    document.publisher, document.url, StatedDate.valueOf(document.published)), List.copyOf(newCountries.values()),
                    List.copyOf(newPeople.values()), List.copyOf(newOrganizations.values()), List.of(), claims, quotes, List.of());
            return new ExtractionDto(bundle, derivations, mentions(), unattributed);
        }

        /** The next id of the form {@code <document>-quote-N} that no stored fact of the document holds. */
        private String freeFactId(String kind, int proposedBefore) {
            int n = proposedBefore + 1;
            String id = document.id + kind + n;
            while (stored.ids().contains(id) || usedIds.contains(id)) {
                id = document.id + kind + ++n;
            }
            usedIds.add(id);
            return id;
        }

        private final java.util.Set<String> usedIds = new java.util.HashSet<>();

        private ActorRef actor(Entity entity) {
            return switch (entity.type()) {
                case PERSON -> new ActorRef(null, person(entity), null);
                case ORGANIZATION -> new ActorRef(null, null, organization(entity));
                case COUNTRY -> new ActorRef(country(entity), null, null);
            };
        }

        /** A stored person's id, or the id of the person the bundle proposes. */
        private String person(Entity entity) {
            if (entity.stored()) {
                return entity.id();
            }
            return newPeople.computeIfAbsent(entity.id(), id -> {
                String free = freeId(id, people::exists);
                derivations.add(new Derivation("/people/" + newPeople.size(), "new_person", null, firstMention(entity), null, 0.8));
                return new PersonEntry(free, entity.name(), entity.role(), null, null, shortForms(entity.name()));
            }).id();
        }

        private String organization(Entity entity) {
            if (entity.stored()) {
                return entity.id();
            }
            return newOrganizations.computeIfAbsent(entity.id(), id -> {
                JsonNode known = organizationLexicon.path(id);
                List<String> aliases = new ArrayList<>();
                known.path("aliases").forEach(a -> aliases.add(a.asText()));
                return new OrganizationEntry(freeId(id, organizations::exists), known.path("name_en").asText(entity.name()),
                        known.path("name_id").asText(null), entity.role() == null ? "other" : entity.role(), null, aliases.isEmpty() ? null : aliases);
            }).id();
        }

        /** A stored country's code, or the code of the country the bundle proposes from the ISO table. */
        private String country(Entity entity) {
            if (storedCountries.contains(entity.id())) {
                return entity.id();
            }
            return newCountries.computeIfAbsent(entity.id(), code -> new CountryEntry(code, Names.alpha3(code), null,
                    Names.name(code, Locale.ENGLISH), Names.indonesianName(code), null)).code();
        }

        /** Mentions grouped by what they name. */
        private List<ExtractionDto.Mention> mentions() {
            Map<String, ExtractionDto.Mention> grouped = new LinkedHashMap<>();
            for (Gazetteer.Match match : result.countries()) {
                Entity e = match.entity();
                Span where = new Span(result.tokens().get(match.from()).start(), result.tokens().get(match.to() - 1).end());
                grouped.computeIfAbsent("country:" + e.id(), k -> new ExtractionDto.Mention("country", e.id(), e.name(),
                        storedCountries.contains(e.id()), new ArrayList<>())).spans().add(span(where));
            }
            return List.copyOf(grouped.values());
        }

        private TextSpan firstMention(Entity entity) {
            String folded = org.geofacts.model.AliasKey.fold(entity.name());
            int at = document.body.indexOf(entity.name());
            return at < 0 || folded.isEmpty() ? null : span(new Span(at, at + entity.name().length()));
        }

        /** The words of a name the article also uses alone ("Iqbal", "Cho"): the short forms readers search by. */
        private List<String> shortForms(String name) {
            String[] words = name.split(" ");
            if (words.length < 2) {
                return null;
            }
            String rest = document.body.replace(name, "");
            List<String> used = java.util.Arrays.stream(words).filter(word -> word.length() > 2 && java.util.regex.Pattern
                    .compile("(?<![\\p{L}-])" + java.util.regex.Pattern.quote(word) + "(?![\\p{L}-])").matcher(rest).find()).toList();
            return used.isEmpty() ? null : used;
        }

        private Integer occurrence(Span span) {
            return locator.occurrenceAt(text(span), document.body.codePointCount(0, span.start()));
        }

        private String text(Span span) {
            return document.body.substring(span.start(), span.end());
        }

        private TextSpan span(Span span) {
            if (span == null) {
                return null;
            }
            int start = document.body.codePointCount(0, span.start());
            return new TextSpan(start, start + document.body.codePointCount(span.start(), span.end()), text(span));
        }
    }

    /** The id, or the id with a number when another entity holds it already. */
    private static String freeId(String id, java.util.function.Predicate<String> taken) {
        String candidate = id.length() > 100 ? id.substring(0, 100).replaceAll("-+$", "") : id;
        int n = 2;
        String free = candidate;
        while (taken.test(free)) {
            free = candidate + "-" + n++;
        }
        return free;
    }
}

package org.geofacts.bundle;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A fact bundle as curators write it (schema: /schemas/fact-bundle.schema.json). Evidence is
 * named by its exact words; the importer finds them in the document and computes the offsets.
 */
public record FactBundle(
        @Schema(hidden = true) @JsonProperty("$schema") String schema,
        DocumentEntry document,
        List<CountryEntry> countries,
        List<PersonEntry> people,
        List<OrganizationEntry> organizations,
        List<AgreementEntry> agreements,
        List<ClaimEntry> claims,
        List<QuoteEntry> quotes,
        List<RelationEntry> relations) {

    public static final String COUNTRIES = "countries";
    public static final String PEOPLE = "people";
    public static final String ORGANIZATIONS = "organizations";
    public static final String AGREEMENTS = "agreements";
    public static final String CLAIMS = "claims";
    public static final String QUOTES = "quotes";
    public static final String RELATIONS = "relations";

    /** The sections in the order they are checked and written: what an entry refers to comes before it. */
    public static final List<String> SECTIONS = List.of(COUNTRIES, PEOPLE, ORGANIZATIONS, AGREEMENTS, CLAIMS, QUOTES, RELATIONS);

    public FactBundle {
        countries = orEmpty(countries);
        people = orEmpty(people);
        organizations = orEmpty(organizations);
        agreements = orEmpty(agreements);
        claims = orEmpty(claims);
        quotes = orEmpty(quotes);
        relations = orEmpty(relations);
    }

    /**
     * A bundle holding one entry of any kind, the form of a single-fact edit.
     *
     * @param document the fact's document; null for countries, people and organizations
     */
    public static FactBundle of(DocumentEntry document, Object entry) {
        List<Object> one = List.of(entry);
        return new FactBundle(null, document, only(one, CountryEntry.class), only(one, PersonEntry.class),
                only(one, OrganizationEntry.class), only(one, AgreementEntry.class), only(one, ClaimEntry.class),
                only(one, QuoteEntry.class), only(one, RelationEntry.class));
    }

    /** The entries of one section, by its name (see {@link #SECTIONS}). */
    public List<?> section(String name) {
        return switch (name) {
            case COUNTRIES -> countries;
            case PEOPLE -> people;
            case ORGANIZATIONS -> organizations;
            case AGREEMENTS -> agreements;
            case CLAIMS -> claims;
            case QUOTES -> quotes;
            case RELATIONS -> relations;
            default -> throw new IllegalArgumentException("no bundle section " + name);
        };
    }

    private static List<String> allNames(List<String> aliases, String... names) {
        java.util.TreeSet<String> all = new java.util.TreeSet<>();
        for (String name : names) {
            if (name != null) {
                all.add(name);
            }
        }
        if (aliases != null) {
            aliases.stream().filter(java.util.Objects::nonNull).forEach(all::add);
        }
        return List.copyOf(all);
    }

    private static <T> List<T> only(List<Object> entries, Class<T> type) {
        return entries.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** An entry with a canonical form: the form it is stored and fingerprinted in. */
    public interface Canonical<E> {
        E canonical();
    }

    public record DocumentEntry(String id, String sourceFile, String lang, String title, String publisher, String url,
            String published) {
    }

    @Schema(name = "EvidenceEntry", description = "Evidence named by its exact words in the document; the service computes the offsets.")
    public record EvidenceEntry(
            @Schema(required = true, description = "The words, verbatim.", example = "kedua negara merupakan sekutu dekat") String exact,
            @Schema(description = "Which occurrence, from 1, when the words occur more than once.") Integer occurrence) {
    }

    /** Exactly one of the three is set. */
    @Schema(name = "ActorEntry", description = "A claimant or subject: exactly one of a country code, a person id or an organization id.")
    public record ActorRef(@Schema(example = "KR") String country, String person, String organization) {
    }

    @Schema(name = "CountryEntry")
    public record CountryEntry(@Schema(description = "ISO 3166-1 alpha-2; required on create.", example = "MN") String code,
            @Schema(required = true, example = "MNG") String alpha3, @Schema(example = "Q711") String wikidata,
            @Schema(required = true) String nameEn, @Schema(required = true) String nameId,
            @Schema(description = "Other forms the sources use; the names are aliases anyway. At most 200 names in all.") List<String> aliases) implements Canonical<CountryEntry> {

        /** As stored: the names among the aliases, sorted, so equal countries fingerprint equally. */
        @Override
        public CountryEntry canonical() {
            return new CountryEntry(code, alpha3, wikidata, nameEn, nameId, allNames(aliases, nameEn, nameId));
        }
    }

    @Schema(name = "PersonEntry")
    public record PersonEntry(@Schema(description = "Kebab-case id; required on create.", example = "sergei-lavrov") String id,
            @Schema(required = true) String name, String role, @Schema(description = "Alpha-2 code.") String country, String wikidata,
            @Schema(description = "Other spellings; the name is an alias anyway. At most 200 names in all.") List<String> aliases) implements Canonical<PersonEntry> {

        /** As stored: the name among the aliases, sorted, so equal people fingerprint equally. */
        @Override
        public PersonEntry canonical() {
            return new PersonEntry(id, name, role, country, wikidata, allNames(aliases, name));
        }
    }

    @Schema(name = "OrganizationEntry")
    public record OrganizationEntry(@Schema(description = "Kebab-case id; required on create.") String id,
            @Schema(required = true) String nameEn, String nameId,
            @Schema(required = true, description = "alliance, un_body, news_agency, government_body, bloc, company or other.") String kind,
            String wikidata, @Schema(description = "Other forms the sources use; the names are aliases anyway. At most 200 names in all.")
            List<String> aliases) implements Canonical<OrganizationEntry> {

        /** As stored: the names among the aliases, sorted, so equal organizations fingerprint equally. */
        @Override
        public OrganizationEntry canonical() {
            return new OrganizationEntry(id, nameEn, nameId, kind, wikidata, allNames(aliases, nameEn, nameId));
        }
    }

    @Schema(name = "AgreementEntry")
    public record AgreementEntry(@Schema(description = "Kebab-case id; required on create.") String id,
            @Schema(required = true) String nameEn, String nameId,
            @Schema(required = true, description = "treaty, agreement, memorandum, declaration or other.") String kind,
            @Schema(required = true, description = "Alpha-2 codes, at least two.") List<String> parties,
            @Schema(description = "Partial date: YYYY, YYYY-MM or YYYY-MM-DD.") String signed, String signedPlace,
            @Schema(required = true, description = "proposed, signed, ratified, in_force, suspended or terminated.") String status,
            @Schema(required = true) List<EvidenceEntry> evidence,
            @Schema(description = "The clauses; a replacement without them leaves the agreement with none.") List<ClauseEntry> clauses) implements Canonical<AgreementEntry> {

        /** Parties are a set: sorted, so their order does not make an agreement look changed. */
        @Override
        public AgreementEntry canonical() {
            return new AgreementEntry(id, nameEn, nameId, kind, parties == null ? null : parties.stream().sorted().toList(),
                    signed, signedPlace, status, evidence, clauses);
        }
    }

    @Schema(name = "ClauseEntry")
    public record ClauseEntry(@Schema(description = "From 1; required in bundles, optional when adding one clause.") Integer ordinal,
            @Schema(required = true, example = "mutual_defense") String type, @Schema(required = true) String summaryEn,
            @Schema(required = true) List<EvidenceEntry> evidence) {
    }

    @Schema(name = "ClaimEntry")
    public record ClaimEntry(@Schema(description = "Kebab-case id; required on create.") String id,
            @Schema(required = true) List<ActorRef> claimants, List<ActorRef> subjects,
            @Schema(required = true, description = "In the document's language.") String statement,
            @Schema(description = "English translation, when known.") String statementEn, @Schema(required = true, example = "arms_transfer") String category,
            @Schema(required = true, example = "alleged") String modality, @Schema(description = "Agreement id.") String aboutAgreement,
            @Schema(required = true) List<EvidenceEntry> evidence) {
    }

    @Schema(name = "QuoteEntry")
    public record QuoteEntry(@Schema(description = "Kebab-case id; required on create.") String id,
            @Schema(description = "Person id of the speaker; or, instead, `speaker_organization`.") String speaker,
            @Schema(description = "Organization id, when an organization speaks (a news agency, a ministry, a government).")
            String speakerOrganization,
            @Schema(required = true, description = "The words, verbatim: they are the quote's evidence.") String text,
            @Schema(description = "Which occurrence, from 1, when the words occur more than once.") Integer occurrence,
            @Schema(description = "English translation, when known.") String textEn, @Schema(required = true, description = "direct or partial.") String kind,
            @Schema(description = "Organization id of the outlet that carried it.") String channel,
            @Schema(description = "Agreement id.") String aboutAgreement) {
    }

    @Schema(name = "RelationEntry")
    public record RelationEntry(@Schema(description = "Kebab-case id; required on create.") String id,
            @Schema(required = true, example = "KP") String source, @Schema(required = true, example = "RU") String target,
            @Schema(required = true, example = "arms_supply") String kind,
            @Schema(description = "Partial date: YYYY, YYYY-MM or YYYY-MM-DD.") String since,
            @Schema(required = true) List<EvidenceEntry> evidence) {
    }
}

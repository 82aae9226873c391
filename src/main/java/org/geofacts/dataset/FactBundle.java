package org.geofacts.dataset;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A fact bundle as curators write it (schema: /schemas/fact-bundle.schema.json). Evidence is
 * named by its exact words; the importer finds them in the document and computes the offsets.
 */
public record FactBundle(
        @JsonProperty("$schema") String schema,
        DocumentEntry document,
        List<CountryEntry> countries,
        List<PersonEntry> people,
        List<OrganizationEntry> organizations,
        List<AgreementEntry> agreements,
        List<ClaimEntry> claims,
        List<QuoteEntry> quotes,
        List<RelationEntry> relations) {

    public FactBundle {
        countries = orEmpty(countries);
        people = orEmpty(people);
        organizations = orEmpty(organizations);
        agreements = orEmpty(agreements);
        claims = orEmpty(claims);
        quotes = orEmpty(quotes);
        relations = orEmpty(relations);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    public record DocumentEntry(String id, String sourceFile, String lang, String title, String publisher, String url,
            String published) {
    }

    public record EvidenceEntry(String exact, Integer occurrence) {
    }

    /** Exactly one of the three is set. */
    public record ActorRef(String country, String person, String organization) {
    }

    public record CountryEntry(String code, String alpha3, String wikidata, String nameEn, String nameId,
            List<String> aliases) {
    }

    public record PersonEntry(String id, String name, String role, String country, String wikidata,
            List<String> aliases) {
    }

    public record OrganizationEntry(String id, String nameEn, String nameId, String kind, String wikidata,
            List<String> aliases) {
    }

    public record AgreementEntry(String id, String nameEn, String nameId, String kind, List<String> parties,
            String signed, String signedPlace, String status, List<EvidenceEntry> evidence, List<ClauseEntry> clauses) {
    }

    public record ClauseEntry(Integer ordinal, String type, String summaryEn, List<EvidenceEntry> evidence) {
    }

    public record ClaimEntry(String id, List<ActorRef> claimants, List<ActorRef> subjects, String statement,
            String statementEn, String category, String modality, String aboutAgreement, List<EvidenceEntry> evidence) {
    }

    public record QuoteEntry(String id, String speaker, String text, Integer occurrence, String textEn, String kind,
            String channel, String aboutAgreement) {
    }

    public record RelationEntry(String id, String source, String target, String kind, String since,
            List<EvidenceEntry> evidence) {
    }
}

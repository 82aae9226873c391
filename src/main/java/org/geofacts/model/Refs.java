package org.geofacts.model;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Compact references embedded in facts: an id and a name, enough to show the fact in one call. */
public final class Refs {

    private Refs() {
    }

    @Schema(name = "CountryRef")
    public record CountryRef(
            @Schema(required = true, example = "RU") String code,
            @Schema(required = true, example = "Russia") String nameEn) {
    }

    @Schema(name = "OrganizationRef")
    public record OrganizationRef(
            @Schema(required = true, example = "nato") String id,
            @Schema(required = true, example = "NATO") String nameEn) {
    }

    @Schema(name = "AgreementRef")
    public record AgreementRef(
            @Schema(required = true, example = "ru-kp-comprehensive-strategic-partnership-2024") String id,
            @Schema(required = true) String nameEn) {
    }

    /** A claimant, subject or speaker: a country (id = alpha-2 code), a person or an organization. */
    @Schema(name = "ActorRef")
    public record ActorRef(
            @Schema(required = true, enumeration = {"country", "person", "organization"}) String type,
            @Schema(required = true, example = "US") String id,
            @Schema(required = true, example = "United States") String name) {
    }
}

package org.geofacts.organization;

import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Organization")
public record OrganizationDto(
        @Schema(required = true, example = "nato") String id,
        @Schema(required = true, example = "NATO") String nameEn,
        @Schema(example = "NATO") String nameId,
        @Schema(required = true, example = "alliance") String kind,
        @Schema(example = "Q7184") String wikidataQid,
        @Schema(required = true) List<String> aliases,
        @Schema(required = true, description = "When the fact last changed.", example = "2026-11-25T21:04:05.123456Z")
        OffsetDateTime updatedAt) {

    public static OrganizationDto of(Organization o) {
        return new OrganizationDto(o.id, o.nameEn, o.nameId, o.kind, o.wikidataQid,
                o.aliases.stream().map(a -> a.alias).sorted().toList(), o.updatedAt);
    }
}

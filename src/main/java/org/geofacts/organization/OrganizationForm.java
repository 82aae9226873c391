package org.geofacts.organization;

import java.util.Optional;

import jakarta.inject.Singleton;

import org.geofacts.model.Alias;
import org.geofacts.bundle.FactBundle.OrganizationEntry;
import org.geofacts.editing.FactForm;

/** An organization in its bundle-entry form, for curators' edits. */
@Singleton
public class OrganizationForm extends FactForm<OrganizationEntry, OrganizationDto> {

    private final OrganizationRepository organizations;
    private final OrganizationService service;

    public OrganizationForm(OrganizationRepository organizations, OrganizationService service) {
        super("organization", OrganizationEntry.class, organizations);
        this.organizations = organizations;
        this.service = service;
    }

    @Override
    public Optional<OrganizationDto> representation(String id) {
        return service.get(id);
    }

    @Override
    public Optional<Stored<OrganizationEntry>> stored(String id) {
        return organizations.findByIdOptional(id).map(o -> new Stored<>(o.id, new OrganizationEntry(o.id, o.nameEn, o.nameId,
                o.kind, o.wikidataQid, Alias.besides(o.aliases, o.nameEn, o.nameId)), null));
    }
}

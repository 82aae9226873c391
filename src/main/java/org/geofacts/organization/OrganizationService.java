package org.geofacts.organization;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.geofacts.paging.Page;
import org.geofacts.paging.PageRequest;

@ApplicationScoped
public class OrganizationService {

    private final OrganizationRepository organizations;

    public OrganizationService(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OrganizationDto> list(PageRequest page) {
        return Page.eachOf(organizations.page(page), page, o -> o.id, OrganizationDto::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OrganizationDto> get(String id) {
        return organizations.findByIdOptional(id).map(OrganizationDto::of);
    }
}

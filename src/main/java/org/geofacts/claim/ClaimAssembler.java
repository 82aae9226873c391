package org.geofacts.claim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.geofacts.agreement.AgreementRepository;
import org.geofacts.caching.Lookups;
import org.geofacts.claim.ClaimRepository.ActorRow;
import org.geofacts.model.Refs.ActorRef;
import org.geofacts.model.Refs.AgreementRef;
import org.geofacts.country.CountryRepository;
import org.geofacts.evidence.EvidenceDto;
import org.geofacts.evidence.EvidenceRepository;
import org.geofacts.organization.OrganizationRepository;
import org.geofacts.person.PersonRepository;

/**
 * Turns a page of claims into DTOs with a fixed number of queries, whatever the page size:
 * actors, their names, agreements and evidence are each loaded once for the whole page.
 */
@ApplicationScoped
public class ClaimAssembler {

    private final ClaimRepository claims;
    private final EvidenceRepository evidence;
    private final CountryRepository countries;
    private final PersonRepository people;
    private final OrganizationRepository organizations;
    private final AgreementRepository agreements;
    private final Lookups lookups;

    public ClaimAssembler(ClaimRepository claims, EvidenceRepository evidence, CountryRepository countries,
            PersonRepository people, OrganizationRepository organizations, AgreementRepository agreements, Lookups lookups) {
        this.lookups = lookups;
        this.claims = claims;
        this.evidence = evidence;
        this.countries = countries;
        this.people = people;
        this.organizations = organizations;
        this.agreements = agreements;
    }

    public List<ClaimDto> toDtos(List<ClaimRow> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        List<String> ids = page.stream().map(ClaimRow::id).toList();
        List<ActorRow> actors = claims.actorsOf(ids);
        Map<String, String> names = namesOf(actors);
        Map<String, List<EvidenceDto>> spans = evidence.forClaims(ids);
        Map<String, AgreementRef> abouts = agreements.refs(page.stream().map(ClaimRow::aboutAgreementId).collect(Collectors.toSet()));
        Map<String, List<ActorRow>> actorsByClaim = actors.stream().collect(Collectors.groupingBy(ActorRow::claimId));
        List<ClaimDto> dtos = new ArrayList<>(page.size());
        for (ClaimRow claim : page) {
            List<ActorRow> own = actorsByClaim.getOrDefault(claim.id(), List.of());
            dtos.add(new ClaimDto(claim.id(), claim.documentId(),
                    refs(own, ClaimActor.CLAIMANT, names), refs(own, ClaimActor.SUBJECT, names),
                    claim.statement(), claim.statementLang(), claim.statementEn(), claim.category(), claim.modality(),
                    abouts.get(claim.aboutAgreementId()), spans.getOrDefault(claim.id(), List.of()), claim.updatedAt()));
        }
        return dtos;
    }

    private static List<ActorRef> refs(List<ActorRow> actors, String role, Map<String, String> names) {
        return actors.stream().filter(a -> a.role().equals(role)).map(a -> {
            if (a.countryCode() != null) {
                return new ActorRef("country", a.countryCode(), names.get("country:" + a.countryCode()));
            }
            if (a.personId() != null) {
                return new ActorRef("person", a.personId(), names.get("person:" + a.personId()));
            }
            return new ActorRef("organization", a.organizationId(), names.get("organization:" + a.organizationId()));
        }).toList();
    }

    /** Names keyed "kind:id", remembered between writes for the same set of actors. */
    private Map<String, String> namesOf(List<ActorRow> actors) {
        Set<String> codes = actors.stream().map(ActorRow::countryCode).filter(v -> v != null).collect(Collectors.toUnmodifiableSet());
        Set<String> personIds = actors.stream().map(ActorRow::personId).filter(v -> v != null).collect(Collectors.toUnmodifiableSet());
        Set<String> orgIds = actors.stream().map(ActorRow::organizationId).filter(v -> v != null).collect(Collectors.toUnmodifiableSet());
        return lookups.get("claim-actor-names", List.of(codes, personIds, orgIds), () -> {
            Map<String, String> names = new HashMap<>();
            if (!codes.isEmpty()) {
                countries.list("code in ?1", List.copyOf(codes)).forEach(c -> names.put("country:" + c.code, c.nameEn));
            }
            if (!personIds.isEmpty()) {
                people.list("id in ?1", List.copyOf(personIds)).forEach(p -> names.put("person:" + p.id, p.name));
            }
            if (!orgIds.isEmpty()) {
                organizations.list("id in ?1", List.copyOf(orgIds)).forEach(o -> names.put("organization:" + o.id, o.nameEn));
            }
            return Collections.unmodifiableMap(names);
        });
    }
}

package org.geofacts.relation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.geofacts.paging.Page;
import org.geofacts.paging.PageRequest;
import org.geofacts.model.StatedDate;
import org.geofacts.model.Refs.CountryRef;
import org.geofacts.country.CountryRepository;
import org.geofacts.evidence.EvidenceDto;
import org.geofacts.evidence.EvidenceRepository;

@ApplicationScoped
public class RelationService {

    private final RelationRepository relations;
    private final CountryRepository countries;
    private final EvidenceRepository evidence;

    public RelationService(RelationRepository relations, CountryRepository countries, EvidenceRepository evidence) {
        this.relations = relations;
        this.countries = countries;
        this.evidence = evidence;
    }

    /** @param country a country code or name (any end of the relation); {@code with} the other end */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<RelationDto> list(String country, String with, String kind, PageRequest page) {
        List<String> countryCodes = country == null ? null : countries.codesMatching(country);
        List<String> withCodes = with == null ? null : countries.codesMatching(with);
        boolean unmatched = (countryCodes != null && countryCodes.isEmpty()) || (withCodes != null && withCodes.isEmpty());
        List<Relation> rows = unmatched ? List.of() : relations.page(countryCodes, withCodes, kind, page);
        return Page.of(rows, page, r -> r.id, this::toDtos);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RelationDto> get(String id) {
        return relations.findByIdOptional(id).map(r -> toDtos(List.of(r)).get(0));
    }

    private List<RelationDto> toDtos(List<Relation> shown) {
        Map<String, List<EvidenceDto>> spans = evidence.forRelations(shown.stream().map(r -> r.id).toList());
        return shown.stream().map(r -> new RelationDto(r.id, r.documentId,
                new CountryRef(r.source.code, r.source.nameEn), new CountryRef(r.target.code, r.target.nameEn), r.kind,
                StatedDate.parsed(r.since), spans.getOrDefault(r.id, List.of()), r.updatedAt)).toList();
    }
}

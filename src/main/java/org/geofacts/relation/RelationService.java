package org.geofacts.relation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.geofacts.paging.Page;
import org.geofacts.paging.PageRequest;
import org.geofacts.model.PartialDate;
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
        List<RelationRow> rows = unmatched ? List.of() : relations.page(countryCodes, withCodes, kind, page);
        return Page.of(rows, page, RelationRow::id, this::toDtos);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RelationDto> get(String id) {
        return relations.row(id).map(r -> toDtos(List.of(r)).get(0));
    }

    private List<RelationDto> toDtos(List<RelationRow> shown) {
        Map<String, List<EvidenceDto>> spans = evidence.forRelations(shown.stream().map(RelationRow::id).toList());
        return shown.stream().map(r -> new RelationDto(r.id(), r.documentId(),
                new CountryRef(r.sourceCode(), r.sourceName()), new CountryRef(r.targetCode(), r.targetName()), r.kind(),
                r.since() == null ? null : PartialDate.parse(r.since()), spans.getOrDefault(r.id(), List.of()), r.updatedAt())).toList();
    }
}

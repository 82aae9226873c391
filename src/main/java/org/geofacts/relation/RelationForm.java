package org.geofacts.relation;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.geofacts.bundle.FactBundle.RelationEntry;
import org.geofacts.document.DocumentRepository;
import org.geofacts.editing.EvidenceForm;
import org.geofacts.editing.FactForm;
import org.geofacts.evidence.EvidenceRepository;

/** A relation in its bundle-entry form, for curators' edits. */
@Singleton
public class RelationForm extends FactForm<RelationEntry, RelationDto> {

    private final RelationRepository relations;
    private final RelationService service;
    private final EvidenceRepository evidence;
    private final DocumentRepository documents;

    public RelationForm(RelationRepository relations, RelationService service, EvidenceRepository evidence,
            DocumentRepository documents) {
        super("relation", RelationEntry.class, relations);
        this.relations = relations;
        this.service = service;
        this.evidence = evidence;
        this.documents = documents;
    }

    @Override
    public Optional<RelationDto> representation(String id) {
        return service.get(id);
    }

    @Override
    public Optional<Stored<RelationEntry>> stored(String id) {
        return relations.findByIdOptional(id).map(r -> new Stored<>(r.id, new RelationEntry(r.id, r.source.code, r.target.code,
                r.kind, r.sinceValue,
                EvidenceForm.of(evidence.forRelations(List.of(r.id)).getOrDefault(r.id, List.of()), documents.findById(r.documentId))),
                r.documentId));
    }
}

package org.geofacts.relation;

import java.util.List;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.geofacts.bundle.EntryCheck;
import org.geofacts.bundle.FactBundle;
import org.geofacts.bundle.FactBundle.RelationEntry;
import org.geofacts.bundle.FactKind;
import org.geofacts.bundle.ImportRun;
import org.geofacts.bundle.Vocabulary;
import org.geofacts.country.CountryRepository;
import org.geofacts.model.StatedDate;

/** Relations in bundles and edits: a directed link between two countries, with evidence. */
@Singleton
public class RelationKind extends FactKind<RelationEntry, Relation, RelationDto> {

    private final RelationRepository relations;
    private final CountryRepository countries;

    public RelationKind(RelationRepository relations, RelationService service, CountryRepository countries) {
        super(FactBundle.RELATIONS, RelationEntry.class, Relation.class, relations, RelationEntry::id, RelationKind::rules, service::get);
        this.relations = relations;
        this.countries = countries;
    }

    public static void rules(RelationEntry r, EntryCheck check) {
        check.id("id", r.id());
        boolean known = check.country("source", r.source()) & check.country("target", r.target());
        if (known && r.source().equals(r.target())) {
            check.problem("target", "a relation links two different countries");
        }
        check.vocabulary("kind", r.kind(), Vocabulary.RELATION_KINDS);
        check.partialDate("since", r.since());
        check.evidence(r.evidence());
    }

    @Override
    protected void copy(RelationEntry entry, Relation relation, ImportRun run) {
        relation.id = entry.id();
        relation.source = countries.reference(entry.source());
        relation.target = countries.reference(entry.target());
        relation.kind = entry.kind();
        relation.since = StatedDate.of(entry.since());
    }

    @Override
    protected void writeParts(RelationEntry entry, Relation relation, String at, ImportRun run) {
        evidence.replace("relationId", relation.id, run.spansOf(at), span -> span.relationId = relation.id);
    }

    @Override
    public Optional<Stored<RelationEntry>> stored(String id) {
        return relations.findByIdOptional(id).map(r -> new Stored<>(r.id, new RelationEntry(r.id, r.source.code, r.target.code,
                r.kind, StatedDate.valueOf(r.since),
                evidenceEntries(evidence.forRelations(List.of(r.id)).getOrDefault(r.id, List.of()), r.documentId)),
                r.documentId));
    }
}

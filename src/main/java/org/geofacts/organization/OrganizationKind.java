package org.geofacts.organization;

import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.geofacts.bundle.EntryCheck;
import org.geofacts.bundle.FactBundle;
import org.geofacts.bundle.FactBundle.OrganizationEntry;
import org.geofacts.bundle.FactKind;
import org.geofacts.bundle.ImportRun;
import org.geofacts.bundle.Vocabulary;
import org.geofacts.model.Alias;

/** Organizations in bundles and edits: alliances, UN bodies, news agencies, government bodies. */
@Singleton
public class OrganizationKind extends FactKind<OrganizationEntry, Organization, OrganizationDto> {

    private final OrganizationRepository organizations;

    public OrganizationKind(OrganizationRepository organizations, OrganizationService service) {
        super(FactBundle.ORGANIZATIONS, OrganizationEntry.class, Organization.class, organizations, OrganizationEntry::id, OrganizationKind::rules, service::get);
        this.organizations = organizations;
    }

    public static void rules(OrganizationEntry o, EntryCheck check) {
        check.id("id", o.id());
        check.name("name_en", o.nameEn(), true);
        check.name("name_id", o.nameId(), false);
        check.vocabulary("kind", o.kind(), Vocabulary.ORGANIZATION_KINDS);
        check.optionalMatch("wikidata", o.wikidata(), EntryCheck.QID, "a Wikidata item id such as Q7184");
        check.aliases("aliases", o.aliases(), o.nameEn(), o.nameId());
    }

    @Override
    public void lookUp(Map<OrganizationEntry, EntryCheck> checks, String documentId) {
        requireUnique(checks, "wikidataQid", "wikidata", OrganizationEntry::wikidata, "the Wikidata id");
    }

    @Override
    protected void copy(OrganizationEntry entry, Organization organization, ImportRun run) {
        organization.id = entry.id();
        organization.nameEn = entry.nameEn();
        organization.nameId = entry.nameId();
        organization.kind = entry.kind();
        organization.wikidataQid = entry.wikidata();
        Alias.replaceAll(organization.aliases, entry.aliases());
    }

    @Override
    public Optional<Stored<OrganizationEntry>> stored(String id) {
        return organizations.findByIdOptional(id).map(o -> new Stored<>(o.id, new OrganizationEntry(o.id, o.nameEn, o.nameId,
                o.kind, o.wikidataQid, Alias.besides(o.aliases, o.nameEn, o.nameId)), null));
    }
}

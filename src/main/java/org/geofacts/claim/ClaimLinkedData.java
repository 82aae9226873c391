package org.geofacts.claim;

import java.util.Map;

import jakarta.inject.Singleton;

import org.geofacts.linkeddata.JsonLd;
import org.geofacts.linkeddata.LinkedDataMapping;

/** A claim as a schema.org Claim. */
@Singleton
class ClaimLinkedData implements LinkedDataMapping<ClaimDto> {

    @Override
    public Class<ClaimDto> type() {
        return ClaimDto.class;
    }

    @Override
    public Map<String, Object> node(ClaimDto claim) {
        Map<String, Object> node = JsonLd.node("Claim", "/claims/" + claim.id());
        node.put("identifier", claim.id());
        node.put("text", claim.statement());
        node.put("inLanguage", claim.statementLang());
        node.put("description", claim.statementEn());
        node.put("author", claim.claimants().stream().map(JsonLd::actor).toList());
        node.put("about", claim.subjects().stream().map(JsonLd::actor).toList());
        Map<String, Object> appearance = JsonLd.node("CreativeWork", "/documents/" + claim.documentId());
        appearance.put("identifier", claim.documentId());
        node.put("appearance", appearance);
        return node;
    }
}

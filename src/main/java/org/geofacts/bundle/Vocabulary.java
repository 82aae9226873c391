package org.geofacts.bundle;

import java.util.Set;

/**
 * The closed vocabularies. The same lists are enforced by CHECK constraints in the schema and
 * published in the bundle JSON Schema; a test keeps the three in step.
 */
public final class Vocabulary {

    public static final Set<String> ORGANIZATION_KINDS = Set.of(
            "alliance", "un_body", "news_agency", "government_body", "bloc", "company", "other");

    public static final Set<String> AGREEMENT_KINDS = Set.of("treaty", "agreement", "memorandum", "declaration", "other");

    public static final Set<String> AGREEMENT_STATUSES = Set.of(
            "proposed", "signed", "ratified", "in_force", "suspended", "terminated");

    /** Modelled on the ATOP treaty-provision codes (defense, offense, neutrality, non-aggression, consultation). */
    public static final Set<String> CLAUSE_TYPES = Set.of(
            "mutual_defense", "offense", "neutrality", "non_aggression", "consultation", "military_cooperation",
            "military_technical_cooperation", "economic_cooperation", "political_cooperation", "other");

    public static final Set<String> CLAIM_CATEGORIES = Set.of(
            "military", "arms_transfer", "arms_control", "sanctions", "alliance", "diplomacy", "economy",
            "international_law", "security", "other");

    public static final Set<String> MODALITIES = Set.of("asserted", "alleged", "denied", "predicted", "demanded", "promised");

    public static final Set<String> QUOTE_KINDS = Set.of("direct", "partial");

    public static final Set<String> RELATION_KINDS = Set.of(
            "alliance", "defense_pact", "arms_supply", "war", "support", "hostility", "trade", "cooperation");

    private Vocabulary() {
    }
}

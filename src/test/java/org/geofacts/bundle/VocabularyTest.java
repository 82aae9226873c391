package org.geofacts.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The closed vocabularies appear in three places: the published bundle JSON Schema, the Java
 * validator and the database CHECK constraints (covered by the importer tests). This keeps the
 * first two in step, so curators are never told a value is valid that the service rejects.
 */
class VocabularyTest {

    private static final Path SCHEMA = Path.of("src/main/resources/META-INF/resources/schemas/fact-bundle.schema.json");

    @Test
    void theBundleSchemaPublishesExactlyTheVocabulariesTheValidatorEnforces() throws IOException {
        JsonNode defs = new ObjectMapper().readTree(SCHEMA.toFile()).get("$defs");
        assertThat(enumOf(defs, "organization", "kind")).isEqualTo(Vocabulary.ORGANIZATION_KINDS);
        assertThat(enumOf(defs, "agreement", "kind")).isEqualTo(Vocabulary.AGREEMENT_KINDS);
        assertThat(enumOf(defs, "agreement", "status")).isEqualTo(Vocabulary.AGREEMENT_STATUSES);
        assertThat(enumOf(defs, "clause", "type")).isEqualTo(Vocabulary.CLAUSE_TYPES);
        assertThat(enumOf(defs, "claim", "category")).isEqualTo(Vocabulary.CLAIM_CATEGORIES);
        assertThat(enumOf(defs, "claim", "modality")).isEqualTo(Vocabulary.MODALITIES);
        assertThat(enumOf(defs, "quote", "kind")).isEqualTo(Vocabulary.QUOTE_KINDS);
        assertThat(enumOf(defs, "relation", "kind")).isEqualTo(Vocabulary.RELATION_KINDS);
    }

    @Test
    void theBundledFactsUseOnlyPropertiesTheSchemaDeclares() throws IOException {
        // The importer parses bundles with FAIL_ON_UNKNOWN_PROPERTIES; the schema must allow the same names.
        JsonNode defs = new ObjectMapper().readTree(SCHEMA.toFile()).get("$defs");
        JsonNode facts = new ObjectMapper().readTree(Path.of("src/main/resources/datasets/ru-kp-treaty-2024/facts.json").toFile());
        facts.get("claims").forEach(claim -> claim.fieldNames().forEachRemaining(name ->
                assertThat(defs.get("claim").get("properties").has(name)).as("claim property " + name).isTrue()));
        facts.get("quotes").forEach(quote -> quote.fieldNames().forEachRemaining(name ->
                assertThat(defs.get("quote").get("properties").has(name)).as("quote property " + name).isTrue()));
    }

    private static Set<String> enumOf(JsonNode defs, String definition, String property) {
        Set<String> values = new HashSet<>();
        defs.get(definition).get("properties").get(property).get("enum").forEach(v -> values.add(v.asText()));
        return values;
    }
}

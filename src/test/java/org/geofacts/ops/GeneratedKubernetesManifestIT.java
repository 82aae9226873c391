package org.geofacts.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The committed deploy/kubernetes/geofacts.yml is what quarkus-kubernetes generates from application.properties,
 * as the committed openapi/ is what the code declares. The extension writes target/kubernetes/kubernetes.yml at
 * `package`, after Surefire's tests, so this is a Failsafe test: `./mvnw verify` (and CI) runs it after the
 * build. Plain JUnit, no application. Documents are compared as parsed YAML, so only content counts.
 */
class GeneratedKubernetesManifestIT {

    private static final Path GENERATED = Path.of("target/kubernetes/kubernetes.yml");
    private static final Path COMMITTED = Path.of("deploy/kubernetes/geofacts.yml");

    @Test
    void committedManifestIsTheGeneratedOne() throws IOException {
        assertThat(GENERATED).as("written by `./mvnw package`").isRegularFile();
        assertThat(documents(COMMITTED))
                .as("%s differs from %s: review the difference, then copy the generated file over the committed one",
                        COMMITTED, GENERATED)
                .isEqualTo(documents(GENERATED));
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        return new YAMLMapper().readerFor(JsonNode.class).<JsonNode> readValues(file.toFile()).readAll().stream()
                .filter(JsonNode::isObject).toList();
    }
}

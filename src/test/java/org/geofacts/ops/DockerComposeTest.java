package org.geofacts.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.geofacts.ops.ApplicationConfiguration.appliesInProduction;
import static org.geofacts.ops.ApplicationConfiguration.configPropertyFor;
import static org.geofacts.ops.ApplicationConfiguration.withoutProfile;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * Keeps docker-compose.yml in step with the application without needing a Docker engine: the file
 * is parsed and checked for the wiring that would otherwise only fail at `docker compose up`.
 * Plain JUnit on purpose, so it runs in milliseconds. Paths are relative to the project root,
 * which is Maven's working directory for tests.
 */
class DockerComposeTest {

    private static final Path COMPOSE_FILE = Path.of("docker-compose.yml");
    private static final String POSTGRES_DATA_DIR = "/var/lib/postgresql/data";
    private static final String JDBC_URL_PROPERTY = "quarkus.datasource.jdbc.url";

    private static JsonNode compose;

    @BeforeAll
    static void parseComposeFile() throws IOException {
        compose = new YAMLMapper().readTree(COMPOSE_FILE.toFile());
    }

    @Test
    void composeFileParsesAndDeclaresTheDbAndAppServices() {
        assertThat(compose).isNotNull();
        assertThat(compose.isObject()).isTrue();
        // The Compose spec made `version` obsolete; current Docker Compose warns when it is present.
        assertThat(compose.has("version")).isFalse();
        assertThat(service("db").isObject()).isTrue();
        assertThat(service("app").isObject()).isTrue();
    }

    @Test
    void databaseIsPostgres17() {
        // Must match the major version the tests run against (embedded PostgreSQL 17).
        assertThat(service("db").path("image").asText()).startsWith("postgres:17");
    }

    @Test
    void databaseHasAHealthcheck() {
        JsonNode healthcheck = service("db").path("healthcheck");
        assertThat(healthcheck.isObject()).isTrue();
        assertThat(healthcheck.path("disable").asBoolean(false)).isFalse();
        assertThat(healthcheckCommand(healthcheck)).contains("pg_isready");
    }

    @Test
    void databaseKeepsItsDataInANamedVolumeDeclaredAtTopLevel() {
        List<String[]> mounts = volumeMounts(service("db"));
        String source = mounts.stream()
                .filter(mount -> POSTGRES_DATA_DIR.equals(mount[1]))
                .map(mount -> mount[0])
                .findFirst()
                .orElse(null);
        assertThat(source).as("volume mounted at " + POSTGRES_DATA_DIR).isNotNull();
        // A named volume survives `docker compose down`; a bind mount or anonymous volume would not behave the same.
        assertThat(isNamedVolume(source)).as("'%s' is a named volume", source).isTrue();
        assertThat(compose.path("volumes").has(source)).as("top-level volumes declares '%s'", source).isTrue();
    }

    @Test
    void appWaitsForAHealthyDatabase() {
        // Flyway migrates at startup; merely "started" PostgreSQL may still refuse connections.
        JsonNode db = service("app").path("depends_on").path("db");
        assertThat(db.isObject()).as("depends_on in long form naming db").isTrue();
        assertThat(db.path("condition").asText()).isEqualTo("service_healthy");
    }

    @Test
    void appIsBuiltFromTheJvmDockerfileThatExists() {
        JsonNode build = service("app").path("build");
        String dockerfile = build.path("dockerfile").asText();
        assertThat(dockerfile).isEqualTo("src/main/docker/Dockerfile.jvm");
        // The dockerfile path is resolved against the build context.
        Path context = Path.of(build.path("context").asText("."));
        assertThat(context.resolve(dockerfile)).isRegularFile();
    }

    /** The archive recorded while the image is built is the one every start maps, next to the jar that recorded it. */
    @Test
    void theImageMapsTheClassDataArchiveItRecords() throws IOException {
        String dockerfile = Files.readString(Path.of("src/main/docker/Dockerfile.jvm"));
        Matcher recorded = Pattern.compile("RUN java -XX:ArchiveClassesAtExit=(\\S+) -Dquarkus\\.appcds\\.generate=true\\s+(?:\\\\\\s+)?-jar (\\S+)")
                .matcher(dockerfile);
        Matcher mapped = Pattern.compile("JAVA_OPTS_APPEND=\"[^\"]*-XX:SharedArchiveFile=(\\S+) -Xshare:auto[^\"]*\"").matcher(dockerfile);
        Matcher jar = Pattern.compile("JAVA_APP_JAR=\"([^\"]+)\"").matcher(dockerfile);
        assertThat(recorded.find()).as("a RUN step records the archive").isTrue();
        assertThat(mapped.find()).as("JAVA_OPTS_APPEND maps an archive").isTrue();
        assertThat(jar.find()).as("JAVA_APP_JAR is set").isTrue();
        assertThat(mapped.group(1)).isEqualTo(recorded.group(1));
        assertThat(recorded.group(2)).isEqualTo(jar.group(1));
    }

    @Test
    void appSetsOnlyDatasourceVariablesTheApplicationReads() {
        Map<String, String> environment = environment(service("app"));
        assertThat(environment.keySet()).containsExactlyInAnyOrder(
                "QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
        assertThat(ApplicationConfiguration.environmentVariablesRead()).containsAll(environment.keySet());
        for (String name : environment.keySet()) {
            assertThat(configPropertyFor(name)).as("property read from %s", name).startsWith("quarkus.datasource.");
        }
        assertThat(configPropertyFor("QUARKUS_DATASOURCE_JDBC_URL")).isEqualTo(JDBC_URL_PROPERTY);
    }

    @Test
    void applicationPropertiesLeaveTheDatabaseUrlToTheEnvironment() {
        // A URL in application.properties for the prod profile would make the compose variable look
        // like the only switch while a different database is configured in the packaged jar.
        Set<String> urlKeys = ApplicationConfiguration.applicationProperties().stringPropertyNames().stream()
                .filter(key -> JDBC_URL_PROPERTY.equals(withoutProfile(key)) && appliesInProduction(key))
                .collect(Collectors.toSet());
        assertThat(urlKeys).isEmpty();
    }

    @Test
    void appConnectsToTheDbServiceWithItsDatabaseAndCredentials() {
        Map<String, String> app = environment(service("app"));
        Map<String, String> db = environment(service("db"));

        String jdbcUrl = app.get("QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(jdbcUrl).startsWith("jdbc:postgresql://");
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        // On the compose network a service is reachable by its name.
        assertThat(uri.getHost()).isEqualTo("db");
        assertThat(uri.getPath()).isEqualTo("/" + db.get("POSTGRES_DB"));

        assertThat(app.get("QUARKUS_DATASOURCE_USERNAME")).isNotBlank().isEqualTo(db.get("POSTGRES_USER"));
        assertThat(app.get("QUARKUS_DATASOURCE_PASSWORD")).isNotBlank().isEqualTo(db.get("POSTGRES_PASSWORD"));
    }

    private static JsonNode service(String name) {
        return compose.path("services").path(name);
    }

    /** Compose accepts environment as a map or as a list of KEY=VALUE; a bare KEY passes the host's value through. */
    private static Map<String, String> environment(JsonNode service) {
        JsonNode environment = service.path("environment");
        Map<String, String> variables = new LinkedHashMap<>();
        if (environment.isObject()) {
            for (Map.Entry<String, JsonNode> field : environment.properties()) {
                variables.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText());
            }
        } else if (environment.isArray()) {
            for (JsonNode entry : environment) {
                String text = entry.asText();
                int equals = text.indexOf('=');
                if (equals < 0) {
                    variables.put(text, null);
                } else {
                    variables.put(text.substring(0, equals), text.substring(equals + 1));
                }
            }
        }
        return variables;
    }

    /** Each mount as {source, target}, from the short `source:target[:mode]` or the long syntax. */
    private static List<String[]> volumeMounts(JsonNode service) {
        List<String[]> mounts = new ArrayList<>();
        for (JsonNode volume : service.path("volumes")) {
            if (volume.isObject()) {
                mounts.add(new String[] { volume.path("source").asText(null), volume.path("target").asText(null) });
            } else {
                String[] parts = volume.asText().split(":");
                // A lone path is an anonymous volume: no source.
                mounts.add(parts.length == 1 ? new String[] { null, parts[0] } : new String[] { parts[0], parts[1] });
            }
        }
        return mounts;
    }

    /** Compose treats a source that is not a path as the name of a volume. */
    private static boolean isNamedVolume(String source) {
        return source != null && !source.isEmpty()
                && !source.startsWith("/") && !source.startsWith(".") && !source.startsWith("~");
    }

    /** The healthcheck test as one string, whether written as a string or as a CMD/CMD-SHELL list. */
    private static String healthcheckCommand(JsonNode healthcheck) {
        JsonNode test = healthcheck.path("test");
        if (!test.isArray()) {
            return test.asText();
        }
        List<String> parts = new ArrayList<>();
        test.forEach(part -> parts.add(part.asText()));
        return String.join(" ", parts);
    }
}

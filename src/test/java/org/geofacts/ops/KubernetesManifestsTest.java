package org.geofacts.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretKeySelector;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Keeps deploy/kubernetes/ in step with the application without a cluster, as DockerComposeTest does for
 * docker-compose.yml: every file is read into the Kubernetes model classes (fabric8) and checked for the
 * wiring that would otherwise only fail at `kubectl apply` or when a pod starts. Plain JUnit; the check that
 * geofacts.yml is what the build generates is GeneratedKubernetesManifestIT, since it needs `package`.
 */
class KubernetesManifestsTest {

    private static final Path DIRECTORY = Path.of("deploy/kubernetes");
    private static final String APP = "geofacts";
    private static final String VERSION_LABEL = "app.kubernetes.io/version";
    /** Added by dekorate to every Deployment it generates, from the downward API; no setting removes it. */
    private static final String ADDED_BY_THE_GENERATOR = "KUBERNETES_NAMESPACE";
    /** VmRSS after the load runs of bench/run.sh: 746 MB with the read cache off, 813 MB with it on. */
    private static final long MEASURED_RSS_PEAK_BYTES = 813_000_000L;
    private static final long MEASURED_RSS_LOW_BYTES = 746_000_000L;
    private static final YAMLMapper YAML = new YAMLMapper();

    private static Deployment deployment;
    private static Container container;
    private static Service service;
    private static HorizontalPodAutoscaler autoscaler;
    private static PodDisruptionBudget budget;
    private static GenericKubernetesResource database;
    private static Map<String, Secret> exampleSecrets;
    private static List<HasMetadata> typed;

    @BeforeAll
    static void readManifests() {
        List<JsonNode> generated = documents("geofacts.yml");
        assertThat(generated).extracting(node -> node.path("kind").asText()).containsExactlyInAnyOrder("Service", "Deployment");
        service = one(generated, "Service", Service.class);
        deployment = one(generated, "Deployment", Deployment.class);
        assertThat(deployment.getSpec().getTemplate().getSpec().getContainers()).hasSize(1);
        container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);

        autoscaler = one(documents("autoscaler.yml"), "HorizontalPodAutoscaler", HorizontalPodAutoscaler.class);
        budget = one(documents("disruption-budget.yml"), "PodDisruptionBudget", PodDisruptionBudget.class);
        database = one(documents("postgres-cluster.yml"), "Cluster", GenericKubernetesResource.class);
        exampleSecrets = new TreeMap<>();
        for (JsonNode node : documents("examples/secrets.yml")) {
            Secret secret = as(node, Secret.class);
            exampleSecrets.put(secret.getMetadata().getName(), secret);
        }
        typed = new ArrayList<>(List.of(service, deployment, autoscaler, budget));
        typed.addAll(exampleSecrets.values());
    }

    @Test
    void everyTypedResourceUsesOnlyFieldsItsKindDefines() {
        // The model classes keep fields they do not know (a typo such as `minAvaliable`) aside instead of
        // failing; a cluster would reject them or, worse, ignore them.
        for (HasMetadata resource : typed) {
            assertThat(unknownFields(resource, resource.getKind())).as(resource.getKind()).isEmpty();
        }
        assertThat(autoscaler.getApiVersion()).isEqualTo("autoscaling/v2");
        assertThat(budget.getApiVersion()).isEqualTo("policy/v1");
        assertThat(database.getApiVersion()).isEqualTo("postgresql.cnpg.io/v1");
    }

    @Test
    void probesAskSmallRyeHealthOnTheHttpPort() {
        assertHealthProbe(container.getLivenessProbe(), "/q/health/live");
        assertHealthProbe(container.getReadinessProbe(), "/q/health/ready");
        assertHealthProbe(container.getStartupProbe(), "/q/health/started");
    }

    @Test
    void startupProbeLeavesAFirstStartTwoMinutes() {
        // A first start migrates and imports the dataset: 11 s on two idle cores, 10-15 s of CPU in all,
        // so up to half a minute at the 500m request; the liveness probe must not restart it meanwhile.
        Probe startup = container.getStartupProbe();
        int seconds = startup.getInitialDelaySeconds() + startup.getPeriodSeconds() * startup.getFailureThreshold();
        assertThat(seconds).isGreaterThanOrEqualTo(120);
    }

    @Test
    void memoryRequestAndLimitCoverTheMeasuredResidentMemory() {
        ResourceRequirements resources = container.getResources();
        long request = bytes(resources.getRequests().get("memory"));
        long limit = bytes(resources.getLimits().get("memory"));
        assertThat(request).isGreaterThanOrEqualTo(MEASURED_RSS_LOW_BYTES).isLessThan(limit);
        // Room above the peak for what the heap cap does not bound (metaspace, threads, buffers).
        assertThat(limit - MEASURED_RSS_PEAK_BYTES).isGreaterThanOrEqualTo(150_000_000L);
        // The autoscaler's CPU utilization is a share of the request: without one it cannot scale.
        assertThat(resources.getRequests().get("cpu")).isNotNull();
        assertThat(resources.getRequests().get("cpu").getNumericalAmount()).isPositive();
    }

    @Test
    void credentialsAndTokenSettingsComeFromTheExampleSecretsKeys() {
        for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD", "MP_JWT_VERIFY_PUBLICKEY",
                "MP_JWT_VERIFY_ISSUER", "MP_JWT_VERIFY_AUDIENCES")) {
            SecretKeySelector source = secretSource(variable);
            assertThat(source).as("%s comes from a Secret", variable).isNotNull();
            Secret secret = exampleSecrets.get(source.getName());
            assertThat(secret).as("examples/secrets.yml defines the Secret %s for %s", source.getName(), variable).isNotNull();
            assertThat(keys(secret)).as("Secret %s has the key %s", source.getName(), source.getKey()).contains(source.getKey());
        }
    }

    @Test
    void exampleSecretsMarkTheirSecretValuesAsPlaceholders() {
        assertThat(stringData(exampleSecrets.get("geofacts-db")).get("password")).contains("CHANGE-ME");
        assertThat(stringData(exampleSecrets.get("geofacts-jwt")).get("public-key")).contains("CHANGE-ME");
        assertThat(stringData(exampleSecrets.get("geofacts-jwt")).get("issuer")).contains("CHANGE-ME");
    }

    @Test
    void everyEnvironmentVariableIsOneTheApplicationReadsAndTheReadmeDocuments() {
        Set<String> variables = environmentVariableNames();
        assertThat(variables).contains("QUARKUS_DATASOURCE_JDBC_URL", "MP_JWT_VERIFY_PUBLICKEY");
        // The generator's variable is taken from the pod, not set to a value; nothing reads it.
        EnvVar namespace = container.getEnv().stream().filter(env -> ADDED_BY_THE_GENERATOR.equals(env.getName()))
                .findFirst().orElse(null);
        if (namespace != null) {
            assertThat(namespace.getValue()).isNull();
            assertThat(namespace.getValueFrom().getFieldRef().getFieldPath()).isEqualTo("metadata.namespace");
            variables.remove(ADDED_BY_THE_GENERATOR);
        }
        assertThat(ApplicationConfiguration.environmentVariablesRead()).containsAll(variables);
        assertThat(readmeConfigurationTable()).containsAll(variables);
    }

    @Test
    void datasourceIsTheDatabaseClustersPrimaryWithItsOwnersCredentials() {
        JsonNode spec = spec(database);
        String jdbcUrl = literal("QUARKUS_DATASOURCE_JDBC_URL");
        assertThat(jdbcUrl).startsWith("jdbc:postgresql://");
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        // CloudNativePG's Service for the primary is <cluster>-rw; its replicas are behind <cluster>-ro.
        assertThat(uri.getHost()).isEqualTo(database.getMetadata().getName() + "-rw");
        JsonNode initdb = spec.path("bootstrap").path("initdb");
        assertThat(uri.getPath()).isEqualTo("/" + initdb.path("database").asText());

        // The cluster creates its owner from the same Secret the service logs in with.
        String ownerSecret = initdb.path("secret").path("name").asText();
        assertThat(secretSource("QUARKUS_DATASOURCE_USERNAME").getName()).isEqualTo(ownerSecret);
        assertThat(secretSource("QUARKUS_DATASOURCE_PASSWORD").getName()).isEqualTo(ownerSecret);
        Secret owner = exampleSecrets.get(ownerSecret);
        assertThat(owner.getType()).as("CloudNativePG takes basic-auth Secrets only").isEqualTo("kubernetes.io/basic-auth");
        assertThat(stringData(owner).get(secretSource("QUARKUS_DATASOURCE_USERNAME").getKey()))
                .isEqualTo(initdb.path("owner").asText());
    }

    @Test
    void publicReadsGoToTheClustersReplicasOfTheSameDatabase() {
        URI primary = URI.create(literal("QUARKUS_DATASOURCE_JDBC_URL").substring("jdbc:".length()));
        URI replicas = URI.create(literal("GEOFACTS_READ_REPLICA_JDBC_URL").substring("jdbc:".length()));
        assertThat(replicas.getHost()).isEqualTo(database.getMetadata().getName() + "-ro");
        assertThat(replicas.getPort()).isEqualTo(primary.getPort());
        assertThat(replicas.getPath()).isEqualTo(primary.getPath());
        // The replica datasource logs in as the primary's user unless told otherwise; nothing here tells it otherwise.
        assertThat(environmentVariableNames()).doesNotContain("GEOFACTS_READ_REPLICA_USERNAME", "GEOFACTS_READ_REPLICA_PASSWORD");
        assertThat(ApplicationConfiguration.applicationProperties().getProperty("quarkus.datasource.replica.username"))
                .contains("${quarkus.datasource.username");
    }

    @Test
    void databaseClusterIsAPrimaryAndTwoReplicasOfPostgres17() {
        JsonNode spec = spec(database);
        assertThat(spec.path("instances").asInt()).isEqualTo(3);
        // The major version the tests run against (embedded PostgreSQL 17), as in docker-compose.yml.
        assertThat(spec.path("imageName").asText()).matches(".*/postgresql:17(\\.[0-9]+)?");
    }

    @Test
    void databaseHasConnectionsForTheAutoscalersMaximumDuringARollout() {
        int poolSize = Integer.parseInt(ApplicationConfiguration.applicationProperties()
                .getProperty("quarkus.datasource.jdbc.max-size"));
        JsonNode parameters = spec(database).path("postgresql").path("parameters");
        int maxConnections = Integer.parseInt(parameters.path("max_connections").asText());
        // Each pod: its pool plus the connection that LISTENs for writes; one extra pod while a rollout surges;
        // PostgreSQL keeps 3 connections for superusers.
        int needed = (autoscaler.getSpec().getMaxReplicas() + 1) * (poolSize + 1);
        assertThat(needed).isLessThanOrEqualTo(maxConnections - 3);
    }

    @Test
    void serviceAndDeploymentSelectThePodsWithoutPinningAVersion() {
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertSelects(service.getSpec().getSelector(), podLabels);
        assertSelects(deployment.getSpec().getSelector().getMatchLabels(), podLabels);
        ContainerPort http = httpPort();
        IntOrString target = service.getSpec().getPorts().get(0).getTargetPort();
        assertThat(target.getIntVal() != null ? target.getIntVal() : (Object) target.getStrVal())
                .isIn(http.getContainerPort(), http.getName());
    }

    @Test
    void autoscalerScalesTheDeploymentOnCpuFromAtLeastTwoPods() {
        var target = autoscaler.getSpec().getScaleTargetRef();
        assertThat(target.getApiVersion()).isEqualTo("apps/v1");
        assertThat(target.getKind()).isEqualTo("Deployment");
        assertThat(target.getName()).isEqualTo(deployment.getMetadata().getName());
        assertThat(autoscaler.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
        assertThat(autoscaler.getSpec().getMetrics()).anySatisfy(metric -> {
            assertThat(metric.getResource().getName()).isEqualTo("cpu");
            assertThat(metric.getResource().getTarget().getType()).isEqualTo("Utilization");
        });
    }

    @Test
    void disruptionBudgetCoversThePodsAndStillLetsADrainEvictOne() {
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertSelects(budget.getSpec().getSelector().getMatchLabels(), podLabels);
        assertThat(budget.getSpec().getMaxUnavailable()).isNull();
        int minAvailable = budget.getSpec().getMinAvailable().getIntVal();
        assertThat(minAvailable).isPositive().isLessThan(autoscaler.getSpec().getMinReplicas());
    }

    @Test
    void deploymentRunsTheImageDockerfileJvmBuildsAsInCompose() throws IOException {
        JsonNode compose = YAML.readTree(Path.of("docker-compose.yml").toFile());
        assertThat(container.getImage()).isEqualTo(compose.path("services").path("app").path("image").asText());
        // A locally built or loaded image: `Always` would make the kubelet pull it from a registry.
        assertThat(container.getImagePullPolicy()).isEqualTo("IfNotPresent");
    }

    private static void assertHealthProbe(Probe probe, String path) {
        assertThat(probe).as("probe on %s", path).isNotNull();
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getScheme()).isEqualTo("HTTP");
        IntOrString port = probe.getHttpGet().getPort();
        ContainerPort http = httpPort();
        if (port.getIntVal() != null) {
            assertThat(port.getIntVal()).isEqualTo(http.getContainerPort());
        } else {
            assertThat(port.getStrVal()).isEqualTo(http.getName());
        }
        int servicePort = Integer.parseInt(ApplicationConfiguration.applicationProperties().getProperty("quarkus.http.port"));
        assertThat(http.getContainerPort()).isEqualTo(servicePort);
    }

    private static void assertSelects(Map<String, String> selector, Map<String, String> podLabels) {
        assertThat(selector).isNotEmpty().containsEntry("app.kubernetes.io/name", APP).doesNotContainKey(VERSION_LABEL);
        assertThat(podLabels).containsAllEntriesOf(selector);
    }

    private static ContainerPort httpPort() {
        return container.getPorts().stream().filter(port -> "http".equals(port.getName())).findFirst().orElseThrow();
    }

    /** The Secret and key a variable comes from: its own secretKeyRef, or an envFrom Secret holding it. */
    private static SecretKeySelector secretSource(String variable) {
        for (EnvVar env : container.getEnv()) {
            if (variable.equals(env.getName())) {
                boolean fromSecret = env.getValueFrom() != null && env.getValueFrom().getSecretKeyRef() != null;
                return fromSecret ? env.getValueFrom().getSecretKeyRef() : null;
            }
        }
        for (EnvFromSource source : envFrom()) {
            if (source.getSecretRef() != null) {
                Secret secret = exampleSecrets.get(source.getSecretRef().getName());
                String key = variable.substring(prefix(source).length());
                if (secret != null && variable.startsWith(prefix(source)) && keys(secret).contains(key)) {
                    return new SecretKeySelector(key, source.getSecretRef().getName(), false);
                }
            }
        }
        return null;
    }

    private static String literal(String variable) {
        return container.getEnv().stream().filter(env -> variable.equals(env.getName())).map(EnvVar::getValue)
                .findFirst().orElse(null);
    }

    /** Names set one by one, and those an envFrom Secret sets (its keys, as examples/secrets.yml has them). */
    private static Set<String> environmentVariableNames() {
        Set<String> names = new TreeSet<>();
        container.getEnv().forEach(env -> names.add(env.getName()));
        for (EnvFromSource source : envFrom()) {
            assertThat(source.getConfigMapRef()).as("envFrom a ConfigMap this test cannot see").isNull();
            Secret secret = exampleSecrets.get(source.getSecretRef().getName());
            assertThat(secret).as("examples/secrets.yml defines %s", source.getSecretRef().getName()).isNotNull();
            keys(secret).forEach(key -> names.add(prefix(source) + key));
        }
        return names;
    }

    private static List<EnvFromSource> envFrom() {
        return container.getEnvFrom() == null ? List.of() : container.getEnvFrom();
    }

    private static String prefix(EnvFromSource source) {
        return source.getPrefix() == null ? "" : source.getPrefix();
    }

    private static Set<String> keys(Secret secret) {
        Set<String> keys = new TreeSet<>();
        if (secret.getData() != null) {
            keys.addAll(secret.getData().keySet());
        }
        keys.addAll(stringData(secret).keySet());
        return keys;
    }

    private static Map<String, String> stringData(Secret secret) {
        return secret.getStringData() == null ? Map.of() : secret.getStringData();
    }

    /** The variable names in the first column of the README's "Configuration" table. */
    private static Set<String> readmeConfigurationTable() {
        String readme = read(Path.of("README.md"));
        int start = readme.indexOf("\n## Configuration\n");
        assertThat(start).isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        String section = readme.substring(start, end < 0 ? readme.length() : end);
        Matcher row = Pattern.compile("(?m)^\\| `([A-Z0-9_]+)` \\|").matcher(section);
        Set<String> names = new TreeSet<>();
        while (row.find()) {
            names.add(row.group(1));
        }
        return names;
    }

    private static JsonNode spec(GenericKubernetesResource resource) {
        return YAML.valueToTree(resource.getAdditionalProperties().get("spec"));
    }

    private static long bytes(Quantity quantity) {
        assertThat(quantity).isNotNull();
        return Quantity.getAmountInBytes(quantity).longValue();
    }

    /** Paths of fields the model classes did not recognise, anywhere in a resource. */
    private static List<String> unknownFields(Object value, String path) {
        List<String> found = new ArrayList<>();
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                found.addAll(unknownFields(item, path + "[" + index++ + "]"));
            }
        } else if (value instanceof Map<?, ?> entries) {
            entries.forEach((key, item) -> found.addAll(unknownFields(item, path + "." + key)));
        } else if (value != null && value.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            for (Method getter : value.getClass().getMethods()) {
                if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                        || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                    continue;
                }
                Object field = invoke(getter, value);
                if (getter.getName().equals("getAdditionalProperties")) {
                    ((Map<?, ?>) field).keySet().forEach(key -> found.add(path + "." + key));
                } else {
                    found.addAll(unknownFields(field, path + "." + getter.getName().substring(3)));
                }
            }
        }
        return found;
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(getter.toString(), e);
        }
    }

    private static List<JsonNode> documents(String file) {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> iterator = YAML.readerFor(JsonNode.class).readValues(DIRECTORY.resolve(file).toFile())) {
            while (iterator.hasNext()) {
                JsonNode document = iterator.next();
                if (document != null && document.isObject()) {
                    documents.add(document);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return documents;
    }

    private static <T> T one(List<JsonNode> documents, String kind, Class<T> type) {
        List<JsonNode> ofKind = documents.stream().filter(node -> kind.equals(node.path("kind").asText())).toList();
        assertThat(ofKind).as("one %s", kind).hasSize(1);
        return as(ofKind.get(0), type);
    }

    private static <T> T as(JsonNode node, Class<T> type) {
        try {
            return YAML.treeToValue(node, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

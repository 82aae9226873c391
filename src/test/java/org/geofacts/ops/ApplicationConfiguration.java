package org.geofacts.ops;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.smallrye.jwt.config.JWTAuthContextInfoProvider;

/**
 * The configuration the application reads, for the tests that check deployment files (docker-compose.yml,
 * deploy/kubernetes/) set nothing else. Paths are relative to the project root, Maven's working directory.
 */
final class ApplicationConfiguration {

    static final Path APPLICATION_PROPERTIES = Path.of("src/main/resources/application.properties");
    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^:}$]+)");
    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    /** Extension beans whose @ConfigProperty fields are settings the application relies on without naming them. */
    private static final List<Class<?>> EXTENSION_CONFIGURATION = List.of(JWTAuthContextInfoProvider.class);

    private ApplicationConfiguration() {
    }

    static Properties applicationProperties() {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(APPLICATION_PROPERTIES, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /**
     * Property names the application reads: those set in application.properties (any profile), those its
     * code injects with {@code @ConfigProperty}, and MicroProfile JWT's (read by the smallrye-jwt extension).
     */
    static Set<String> propertiesRead() {
        Set<String> names = new TreeSet<>();
        Properties properties = applicationProperties();
        properties.stringPropertyNames().forEach(key -> names.add(withoutProfile(key)));
        // Settings that exist only inside another's value, as in ${geofacts.read-replica.jdbc-url:}.
        properties.values().forEach(value -> {
            Matcher expression = EXPRESSION.matcher((String) value);
            while (expression.find()) {
                names.add(expression.group(1));
            }
        });
        names.addAll(injectedInMainSources());
        for (Class<?> type : EXTENSION_CONFIGURATION) {
            for (Field field : type.getDeclaredFields()) {
                ConfigProperty property = field.getAnnotation(ConfigProperty.class);
                if (property != null) {
                    names.add(property.name());
                }
            }
        }
        return names;
    }

    /** The environment variable names under which MicroProfile Config finds {@link #propertiesRead()}. */
    static Set<String> environmentVariablesRead() {
        return propertiesRead().stream().map(ApplicationConfiguration::environmentVariableFor)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** MicroProfile Config's environment rule: every character that is not a letter or digit becomes `_`, then upper case. */
    static String environmentVariableFor(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    /** The rule read backwards, where the property has no dashes: lower case, `_` becomes `.`. */
    static String configPropertyFor(String environmentVariable) {
        return environmentVariable.toLowerCase(Locale.ROOT).replace('_', '.');
    }

    static String withoutProfile(String key) {
        return key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
    }

    /** Unprofiled keys and `%prod` (or `%prod,other`) keys are what the packaged service's prod profile sees. */
    static boolean appliesInProduction(String key) {
        if (!key.startsWith("%")) {
            return true;
        }
        return Arrays.asList(key.substring(1, key.indexOf('.')).split(",")).contains("prod");
    }

    private static Set<String> injectedInMainSources() {
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            Set<String> names = new TreeSet<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = CONFIG_PROPERTY.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    names.add(matcher.group(1));
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.geofacts.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;

import org.geofacts.extraction.Gazetteer.Entity;
import org.geofacts.extraction.Gazetteer.Type;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Builds the gazetteer: first what the store knows (so stored ids win), then every ISO 3166-1
 * country by its English and Indonesian names from the JDK's locale data, the metonyms and short
 * forms of {@code extraction/places.json}, and the agencies and bodies of
 * {@code extraction/organizations.json}.
 */
final class Names {

    /** A stored person, organization or country with every name form it is known by. */
    record Known(Type type, String id, String name, List<String> aliases, String role, String country) {
    }

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private Names() {
    }

    static Gazetteer gazetteer(ObjectMapper mapper, List<Known> stored) {
        Gazetteer gazetteer = new Gazetteer();
        for (Known known : stored) {
            Entity entity = new Entity(known.type(), known.id(), known.name(), true, known.role(), known.country());
            gazetteer.add(known.name(), entity);
            known.aliases().forEach(alias -> gazetteer.add(alias, entity));
        }
        JsonNode places = read(mapper, "extraction/places.json", new TypeReference<>() { });
        for (String code : Locale.getISOCountries()) {
            Locale country = new Locale("", code);
            String english = country.getDisplayCountry(Locale.ENGLISH);
            Entity entity = new Entity(Type.COUNTRY, code, english, false, null, null);
            gazetteer.add(english, entity);
            gazetteer.add(country.getDisplayCountry(INDONESIAN), entity);
            places.path(code).forEach(form -> gazetteer.add(form.asText(), entity));
        }
        JsonNode organizations = organizations(mapper);
        organizations.fields().forEachRemaining(field -> {
            if (field.getKey().startsWith("$")) {
                return;
            }
            JsonNode org = field.getValue();
            Entity entity = new Entity(Type.ORGANIZATION, field.getKey(), org.get("name_en").asText(), false, org.get("kind").asText(), null);
            gazetteer.add(org.get("name_en").asText(), entity);
            org.path("aliases").forEach(alias -> gazetteer.add(alias.asText(), entity));
        });
        return gazetteer;
    }

    /** The agencies and bodies the press quotes and cites, by id ({@code extraction/organizations.json}). */
    static JsonNode organizations(ObjectMapper mapper) {
        return read(mapper, "extraction/organizations.json", new TypeReference<>() { });
    }

    /** Alpha-3 code of a country, or null when the JDK does not know one. */
    static String alpha3(String code) {
        try {
            return new Locale("", code).getISO3Country();
        } catch (MissingResourceException e) {
            return null;
        }
    }

    static String name(String code, Locale language) {
        return new Locale("", code).getDisplayCountry(language);
    }

    static String indonesianName(String code) {
        return name(code, INDONESIAN);
    }

    private static <T> T read(ObjectMapper mapper, String resource, TypeReference<T> type) {
        try (InputStream in = Names.class.getClassLoader().getResourceAsStream(resource)) {
            return mapper.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(resource + " ships with the service", e);
        }
    }
}

package org.geofacts.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.geofacts.extraction.Gazetteer.Type;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The bundled seed article and its curated bundle, as the extractor's tests read them without a database. */
final class SeedArticle {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String TEXT = resource("datasets/ru-kp-treaty-2024/document.txt");
    static final JsonNode CURATED = json("datasets/ru-kp-treaty-2024/facts.json");

    private SeedArticle() {
    }

    /** What the store holds after the seed dataset loaded: its people, organizations and countries. */
    static List<Names.Known> stored() {
        List<Names.Known> known = new ArrayList<>();
        CURATED.get("people").forEach(p -> known.add(new Names.Known(Type.PERSON, p.get("id").asText(), p.get("name").asText(),
                strings(p.get("aliases")), p.path("role").asText(null), p.path("country").asText(null))));
        CURATED.get("organizations").forEach(o -> known.add(new Names.Known(Type.ORGANIZATION, o.get("id").asText(),
                o.get("name_en").asText(), strings(o.get("aliases")), o.path("kind").asText(null), null)));
        CURATED.get("countries").forEach(c -> known.add(new Names.Known(Type.COUNTRY, c.get("code").asText(), c.get("name_en").asText(),
                strings(c.get("aliases")), null, null)));
        return known;
    }

    static Extractor.Result extract(String text, String lang) {
        Lexicon lexicon = Lexicon.load(MAPPER, lang);
        return new Extractor(text, lexicon, Names.gazetteer(MAPPER, stored()), lexicon.claimCategories()).run();
    }

    static String resource(String path) {
        try (InputStream in = SeedArticle.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(String path) {
        try {
            return MAPPER.readTree(resource(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }
}

package org.geofacts.extraction;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.geofacts.extraction.Gazetteer.Type;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Extraction speed and gazetteer size, run by {@code bench/extraction.sh} (tagged "bench", so
 * {@code ./mvnw verify} leaves it out: timings belong in benchmarks, not in unit tests). Prints its
 * numbers; asserts nothing about time.
 */
@Tag("bench")
class ExtractionBenchmark {

    @Test
    void extractsALongArticleAndHoldsAHundredThousandPeople() throws IOException, URISyntaxException {
        StringBuilder article = new StringBuilder();
        List<Path> articles;
        try (Stream<Path> files = Files.list(Path.of(getClass().getClassLoader().getResource("extraction/devset").toURI()))) {
            articles = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        while (article.toString().split("\\s+").length < 10_000) {
            for (Path file : articles) {
                article.append(Files.readString(file)).append("\n\n");
            }
        }
        String text = article.toString();
        Lexicon lexicon = Lexicon.load(SeedArticle.MAPPER, "en");
        Gazetteer gazetteer = Names.gazetteer(SeedArticle.MAPPER, SeedArticle.stored());
        for (int i = 0; i < 30; i++) {
            new Extractor(text, lexicon, gazetteer, lexicon.claimCategories()).run();
        }
        long[] millis = new long[30];
        int quotes = 0;
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            quotes = new Extractor(text, lexicon, gazetteer, lexicon.claimCategories()).run().quotes().size();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("extraction: %d words, %d quotes, median %d ms, max %d ms (30 runs after 30 warm-up runs)%n",
                text.split("\\s+").length, quotes, millis[millis.length / 2], millis[millis.length - 1]);

        System.gc();
        long before = used();
        List<Names.Known> people = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            people.add(new Names.Known(Type.PERSON, "person-" + i, "Given" + i + " Family" + (i % 5000), List.of("Family" + (i % 5000)),
                    "Official", null));
        }
        Gazetteer large = Names.gazetteer(SeedArticle.MAPPER, people);
        people = null;
        System.gc();
        long after = used();
        System.out.printf("gazetteer: every ISO country, places, agencies and 100,000 people: %d MB retained%n",
                (after - before) / (1024 * 1024));
        System.out.println(large.hashCode() != 0 ? "" : "");
    }

    private static long used() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}

package org.geofacts.extraction;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.geofacts.extraction.Extractor.FoundClaim;
import org.geofacts.extraction.Extractor.FoundQuote;
import org.geofacts.extraction.Extractor.Span;
import org.geofacts.model.AliasKey;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Scores the extractor against annotated articles, in the manner of CoreNLP's quote-attribution
 * evaluation: every gold quote is found or missed, and a found one is attributed correctly,
 * incorrectly, or skipped (no speaker proposed). A gold quote with no speaker is correct when the
 * extractor proposes none. Quoted words the annotators marked as no statement count against
 * precision when proposed.
 */
final class QualityReport {

    /** Counts for one attribution rule (by the gold's rule) or for all. */
    static final class Tally {
        int gold;
        int found;
        int correct;
        int incorrect;
        int skipped;

        double recall() {
            return gold == 0 ? 1 : (double) found / gold;
        }

        double accuracy() {
            return gold == 0 ? 1 : (double) correct / gold;
        }
    }

    /** The names the scored extractor links, built once: comparing a gold speaker with a proposed one looks both up. */
    private static final Gazetteer NAMES = Names.gazetteer(SeedArticle.MAPPER, SeedArticle.stored());

    final Map<String, Tally> byRule = new TreeMap<>();
    final Tally all = new Tally();
    int proposed;
    int proposedMatchingGold;
    int claimsProposed;
    int claimsCorrect;
    final List<String> mistakes = new ArrayList<>();

    double quotePrecision() {
        return proposed == 0 ? 1 : (double) proposedMatchingGold / proposed;
    }

    double claimPrecision() {
        return claimsProposed == 0 ? 1 : (double) claimsCorrect / claimsProposed;
    }

    /** Scores every article of a folder under {@code extraction/} in the test resources. */
    static QualityReport of(String folder) {
        QualityReport report = new QualityReport();
        try (Stream<Path> files = Files.list(Path.of(QualityReport.class.getClassLoader().getResource("extraction/" + folder).toURI()))) {
            for (Path article : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(article, StandardCharsets.UTF_8);
                JsonNode gold = SeedArticle.MAPPER.readTree(Path.of(article.toString().replace(".txt", ".gold.json")).toFile());
                report.score(article.getFileName().toString(), text, gold);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return report;
    }

    private void score(String name, String text, JsonNode gold) {
        Extractor.Result result = SeedArticle.extract(text, gold.get("lang").asText());
        List<FoundQuote> quotes = result.quotes();
        List<Span> goldSpans = new ArrayList<>();
        for (JsonNode q : gold.get("quotes")) {
            Span span = locate(text, q.get("text").asText(), q.path("occurrence").asInt(1));
            goldSpans.add(span);
            String rule = q.get("rule").asText();
            Tally tally = byRule.computeIfAbsent(rule, r -> new Tally());
            tally.gold++;
            all.gold++;
            FoundQuote match = quotes.stream().filter(f -> overlaps(f.words(), span)).findFirst().orElse(null);
            String expected = q.get("speaker").isNull() ? null : q.get("speaker").asText();
            if (match == null) {
                if (expected == null) {
                    count(tally, "correct");
                } else {
                    count(tally, "skipped");
                    mistakes.add(name + ": missed \"" + abbreviate(q.get("text").asText()) + "\" (" + expected + ", " + rule + ")");
                }
                continue;
            }
            tally.found++;
            all.found++;
            if (match.speaker() == null) {
                count(tally, expected == null ? "correct" : "skipped");
                if (expected != null) {
                    mistakes.add(name + ": no speaker for \"" + abbreviate(q.get("text").asText()) + "\" (" + expected + ", " + rule + ")");
                }
            } else if (expected != null && sameName(match.speaker().name(), expected, result)) {
                count(tally, "correct");
            } else {
                count(tally, "incorrect");
                mistakes.add(name + ": " + match.speaker().name() + " (" + match.rule() + ") instead of " + expected + " for \""
                        + abbreviate(q.get("text").asText()) + "\"");
            }
        }
        for (FoundQuote found : quotes) {
            proposed++;
            if (goldSpans.stream().anyMatch(g -> overlaps(found.words(), g))) {
                proposedMatchingGold++;
            } else {
                mistakes.add(name + ": proposed a quote nobody annotated: \"" + abbreviate(text.substring(found.words().start(), found.words().end())) + "\"");
            }
        }
        for (FoundClaim claim : result.claims()) {
            claimsProposed++;
            boolean right = false;
            for (JsonNode c : gold.get("claims")) {
                Span evidence = locate(text, c.get("evidence").asText(), 1);
                right |= overlaps(claim.statement(), evidence) && claim.claimants().stream().anyMatch(e -> sameName(e.name(), c.get("claimant").asText(), result)
                        || sameCountry(e, c.get("claimant").asText()));
            }
            if (right) {
                claimsCorrect++;
            } else {
                mistakes.add(name + ": claim not in the gold: " + claim.claimants().stream().map(Gazetteer.Entity::name).toList() + " \""
                        + abbreviate(text.substring(claim.statement().start(), claim.statement().end())) + "\"");
            }
        }
    }

    private void count(Tally tally, String outcome) {
        for (Tally t : List.of(tally, all)) {
            switch (outcome) {
                case "correct" -> t.correct++;
                case "incorrect" -> t.incorrect++;
                default -> t.skipped++;
            }
        }
    }

    /**
     * The same entity: equal folded names, the gold name a whole-word part of the extracted one
     * ("Putin" in "Vladimir Putin"), or the same gazetteer entry. A surname alone where the article
     * gives the full name is a mistake: the bundle would propose a second person.
     */
    private static boolean sameName(String extracted, String gold, Extractor.Result result) {
        String a = " " + AliasKey.fold(extracted) + " ";
        String b = " " + AliasKey.fold(gold) + " ";
        if (a.equals(b)) {
            return true;
        }
        Gazetteer gazetteer = NAMES;
        List<Token> goldTokens = Token.of(gold);
        List<Token> extractedTokens = Token.of(extracted);
        Gazetteer.Match g = goldTokens.isEmpty() ? null : gazetteer.at(goldTokens, 0);
        Gazetteer.Match e = extractedTokens.isEmpty() ? null : gazetteer.at(extractedTokens, 0);
        return g != null && e != null && g.entity().id().equals(e.entity().id());
    }

    private static boolean sameCountry(Gazetteer.Entity entity, String gold) {
        Gazetteer gazetteer = NAMES;
        List<Token> tokens = Token.of(gold);
        Gazetteer.Match match = tokens.isEmpty() ? null : gazetteer.at(tokens, 0);
        return match != null && match.entity().id().equals(entity.id());
    }

    static Span locate(String text, String words, int occurrence) {
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(words, at + 1);
        }
        if (at < 0) {
            throw new IllegalStateException("gold words not in the article: " + words);
        }
        return new Span(at, at + words.length());
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static String abbreviate(String s) {
        return s.length() <= 50 ? s : s.substring(0, 47) + "...";
    }

    /** The report as a table: per gold rule, then overall. */
    String table(String title) {
        StringBuilder out = new StringBuilder("\n== Extraction quality: " + title + "\n");
        out.append(String.format("%-16s %5s %6s %8s %10s %8s %8s%n", "gold rule", "gold", "found", "correct", "incorrect", "skipped", "accuracy"));
        byRule.forEach((rule, t) -> out.append(row(rule, t)));
        out.append(row("ALL", all));
        out.append(String.format("quote recall %.3f, quote precision %.3f (%d proposed), attribution accuracy %.3f, wrong speakers %d, "
                + "claim precision %.3f (%d proposed)%n", all.recall(), quotePrecision(), proposed, all.accuracy(), all.incorrect,
                claimPrecision(), claimsProposed));
        mistakes.forEach(m -> out.append("  - ").append(m).append('\n'));
        return out.toString();
    }

    private static String row(String rule, Tally t) {
        return String.format("%-16s %5d %6d %8d %10d %8d %8.3f%n", rule, t.gold, t.found, t.correct, t.incorrect, t.skipped, t.accuracy());
    }
}

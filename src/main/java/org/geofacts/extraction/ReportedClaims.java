package org.geofacts.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.geofacts.extraction.Extractor.FoundClaim;
import org.geofacts.extraction.Extractor.Span;
import org.geofacts.extraction.Gazetteer.Entity;
import org.geofacts.extraction.QuoteScanner.Piece;
import org.geofacts.extraction.Speakers.Mention;

/**
 * Reported claims of one article: statements without quotation marks whose claimant opens the
 * sentence, with a modality from the verb and a category from keywords (both lexicon data).
 */
final class ReportedClaims {

    private final String text;
    private final List<Token> tokens;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final Speakers speakers;
    private final Map<String, List<String>> categories;

    ReportedClaims(String text, List<Token> tokens, Lexicon lexicon, Gazetteer gazetteer, Speakers speakers,
            Map<String, List<String>> categories) {
        this.text = text;
        this.tokens = tokens;
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.speakers = speakers;
        this.categories = categories;
    }

    private static final Pattern COORDINATION = Pattern.compile("\\s*(,|dan|and)\\s*");

    /**
     * Reported speech without quotation marks: {@code X mengatakan (bahwa) …}, {@code X accused …},
     * with the claimant a known person, organization or country (also through a metonym) at the
     * start of the sentence. Precision first: nothing else is read as a claim.
     */
    FoundClaim in(Span sentence, List<Piece> pieces) {
        int first = Token.firstAt(tokens, sentence.start());
        for (int v = first + 1; v < tokens.size() && v < first + 10 && tokens.get(v).start() < sentence.end(); v++) {
            String verb = tokens.get(v).lower();
            String modality = lexicon.claimVerbs().get(verb);
            if (modality == null) {
                continue;
            }
            List<Entity> claimants = new ArrayList<>();
            Mention who = speakers.backward(v, 3);
            if (who == null) {
                return null;
            }
            claimants.add(who.entity());
            int subjectStart = who.from();
            // "Washington dan Seoul mengklaim …": coordinated claimants.
            while (subjectStart > first) {
                Gazetteer.Match other = null;
                for (int k = subjectStart - 1; k >= Math.max(first, subjectStart - 4) && other == null; k--) {
                    Gazetteer.Match m = gazetteer.at(tokens, k);
                    if (m != null && m.to() == subjectStart - 1 && COORDINATION.matcher(text.substring(tokens.get(m.to() - 1).end(),
                            tokens.get(subjectStart - 1).end())).matches()) {
                        other = m;
                    }
                }
                if (other == null) {
                    break;
                }
                claimants.add(0, other.entity());
                subjectStart = other.from();
            }
            if (subjectStart != first) {
                return null;
            }
            int from = v + 1;
            if (from < tokens.size() && lexicon.that().contains(tokens.get(from).lower())) {
                from++;
            }
            if (from >= tokens.size() || tokens.get(from).start() >= sentence.end()) {
                return null;
            }
            int start = tokens.get(from).start();
            int end = sentence.end();
            while (end > start && ".!?,; \n".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            // Reported speech only: a statement in quotation marks is a quote, proposed as one.
            int statementStart = start;
            int statementEnd = end;
            boolean quoted = pieces.stream().anyMatch(p -> p.openMark() < statementEnd && statementStart < p.closeEnd());
            if (Token.of(text.substring(start, end)).size() < 4 || quoted) {
                return null;
            }
            return new FoundClaim(claimants, new Span(start, end), modality, categoryOf(text.substring(start, end)),
                    new Span(tokens.get(v).start(), tokens.get(v).end()), new Span(tokens.get(subjectStart).start(), tokens.get(who.to() - 1).end()), "reported_speech", 0.8);
        }
        return null;
    }

    private String categoryOf(String statement) {
        String lower = statement.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, List<String>> category : categories.entrySet()) {
            if (category.getValue().stream().anyMatch(lower::contains)) {
                return category.getKey();
            }
        }
        return "other";
    }
}

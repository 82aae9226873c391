package org.geofacts.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.geofacts.extraction.Gazetteer.Entity;
import org.geofacts.extraction.Gazetteer.Type;
import org.geofacts.extraction.QuoteScanner.Piece;
import org.geofacts.extraction.Speakers.Mention;

/**
 * Proposes the quotes of one article with their speakers, the reported claims and the countries
 * it names, each with the rule that found it and the words it rests on. Attribution tries rules
 * from the most to the least reliable and stops at the first that is sure; a quote no rule
 * attributes is reported as unattributed rather than given a guessed speaker. Pure: the caller
 * supplies the text, its lexicon and the names to link.
 */
final class Extractor {

    /** Pronouns that stand for the last speaker before a reporting verb ("Ia mengatakan", "She said"). */
    private static final java.util.Set<String> PERSONAL_PRONOUNS = java.util.Set.of("ia", "dia", "beliau", "he", "she");

    /** Words in quotation marks that no rule attributes and are this short are names or scare quotes, not statements. */
    private static final int MIN_UNATTRIBUTED_WORDS = 5;

    /** A span of the article, UTF-16 offsets. */
    record Span(int start, int end) {
    }

    /** A proposed quote; {@code speaker} null when no rule was sure. */
    record FoundQuote(Span words, String kind, Entity speaker, String rule, Span cue, Span speakerMention, double confidence,
            Entity channel) {
    }

    record FoundClaim(List<Entity> claimants, Span statement, String modality, String category, Span cue, Span claimantMention,
            String rule, double confidence) {
    }

    record Result(List<FoundQuote> quotes, List<FoundClaim> claims, List<Gazetteer.Match> countries, List<Entity> introduced,
            List<Token> tokens) {
    }

    private final String text;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final List<Token> tokens;
    private final Speakers speakers;
    private final ReportedClaims reportedClaims;
    private final List<Span> skipped = new ArrayList<>();
    private List<Span> sentences;
    private Entity lastSpeaker;
    /** Every quoted stretch, also those in skipped lines: words inside them are nobody's subject. */
    private List<Piece> quoted = List.of();

    Extractor(String text, Lexicon lexicon, Gazetteer gazetteer, Map<String, List<String>> categories) {
        this.text = text;
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.tokens = Token.of(text);
        this.speakers = new Speakers(text, tokens, lexicon, gazetteer);
        this.reportedClaims = new ReportedClaims(text, tokens, lexicon, gazetteer, speakers, categories);
    }

    Result run() {
        markSkippedLines();
        speakers.introduceAll();
        List<Piece> scanned = QuoteScanner.scan(text);
        quoted = scanned;
        List<Piece> pieces = scanned.stream().filter(p -> !inSkipped(p.start())).toList();
        List<FoundQuote> quotes = new ArrayList<>();
        List<FoundClaim> claims = new ArrayList<>();
        List<Gazetteer.Match> countries = new ArrayList<>();
        // One pass in reading order: who spoke last and who was introduced is known when a later cue needs it.
        int next = 0;
        Map<Integer, FoundQuote> byGroup = new HashMap<>();
        FoundQuote previous = null;
        Piece previousPiece = null;
        sentences = sentences(scanned);
        for (Span sentence : sentences) {
            for (int t = firstToken(sentence.start()); t < tokens.size() && tokens.get(t).start() < sentence.end(); t++) {
                Gazetteer.Match match = gazetteer.at(tokens, t);
                if (match != null && match.entity().type() == Type.COUNTRY && !inSkipped(tokens.get(t).start())) {
                    countries.add(match);
                }
            }
            FoundClaim claim = reportedClaims.in(sentence, pieces);
            if (claim != null) {
                claims.add(claim);
                Entity claimant = claim.claimants().get(claim.claimants().size() - 1);
                if (claimant.type() != Type.COUNTRY) {
                    speaker(claimant);
                }
            }
            noteSubject(sentence);
            while (next < pieces.size() && pieces.get(next).start() < sentence.end()) {
                Piece piece = pieces.get(next++);
                FoundQuote quote = attribute(piece, sentence, previous, previousPiece);
                FoundQuote sameQuotation = byGroup.get(piece.group());
                if (quote.speaker() == null && sameQuotation != null && sameQuotation.speaker() != null) {
                    quote = withSpeaker(quote, sameQuotation, "same_quotation");
                }
                if (quote.speaker() != null && quote.speaker().type() != Type.COUNTRY) {
                    speaker(quote.speaker());
                    byGroup.putIfAbsent(piece.group(), quote);
                }
                quotes.add(quote);
                previous = quote;
                previousPiece = piece;
            }
        }
        quotes = backfillGroups(quotes, pieces, byGroup);
        return new Result(quotes.stream().filter(this::isStatement).toList(), claims, countries, speakers.introduced(), tokens);
    }

    // --- quotes -------------------------------------------------------------------------------

    private FoundQuote attribute(Piece piece, Span sentence, FoundQuote previous, Piece previousPiece) {
        Span words = new Span(piece.start(), piece.end());
        String kind = kindOf(piece);
        // The sentence the quotation ends in carries its attribution; it may be a later one than where it starts.
        Span tail = sentenceAt(Math.max(piece.start(), piece.closeEnd() - 1));
        Entity channel = channelAfter(piece.closeEnd(), tail.end());
        FoundQuote found = cueAfter(piece, words, kind, channel);
        if (found == null && previous != null && previous.speaker() != null && previousPiece != null
                && continues(previous, previousPiece, piece, false)) {
            found = new FoundQuote(words, kind, previous.speaker(), "split_quote", previous.cue(), previous.speakerMention(), 0.95, channel);
        }
        if (found == null) {
            found = sentenceCue(piece, tail, words, kind, channel);
        }
        if (found == null) {
            found = cueBefore(piece, sentence, words, kind, channel);
        }
        if (found == null && previous != null && previous.speaker() != null && previousPiece != null
                && continues(previous, previousPiece, piece, true)) {
            found = new FoundQuote(words, kind, previous.speaker(), "split_quote", previous.cue(), previous.speakerMention(), 0.85, channel);
        }
        if (found == null) {
            found = headline(piece, words, kind, channel);
        }
        if (found == null) {
            found = passiveAfter(piece, words, kind, channel);
        }
        return found != null ? found : new FoundQuote(words, kind, null, "none", null, null, 0, channel);
    }

    /**
     * A piece right after an attributed one, with nothing but the attribution between: {@code
     * "…," kata Putin, "…"} or {@code "…," said Nebenzia. "…"} within one paragraph. Late, after the
     * piece's own cues found nothing, the attribution may go on with words about the speaker or the
     * occasion ({@code ", a state secretary in the economy ministry."}, {@code " told supporters in
     * Chisinau."}), as long as they name nobody else.
     */
    private boolean continues(FoundQuote previous, Piece previousPiece, Piece piece, boolean afterComplement) {
        if (!previous.rule().startsWith("cue_after")) {
            return false;
        }
        int from = previousPiece.closeEnd();
        if (previous.speakerMention() != null) {
            from = Math.max(from, previous.speakerMention().end());
        }
        if (previous.cue() != null) {
            from = Math.max(from, previous.cue().end());
        }
        if (from > piece.openMark()) {
            return false;
        }
        String between = text.substring(from, piece.openMark());
        if (between.contains("\n")) {
            return false;
        }
        if (!afterComplement) {
            return between.matches("[\\s,.]*");
        }
        return between.matches("[ ,][^\n\"“”«»„.!?:;]{1,120}\\.\\s*") && namesNobody(from, piece.openMark());
    }

    /** Prepositions after which a capitalised word is a place or an occasion, not another speaker. */
    private static final java.util.Set<String> PLACE_PREPOSITIONS = java.util.Set.of("in", "at", "to", "from", "di", "ke", "kepada", "dari");

    /**
     * No word in {@code [from, to)} names a person or body: capitalised words are countries, places
     * after a preposition, days and months, or words of a role ("German economy ministry").
     */
    private boolean namesNobody(int from, int to) {
        boolean inPlace = false;
        boolean inRole = false;
        for (int t = firstToken(from); t < tokens.size() && tokens.get(t).end() <= to; t++) {
            Token token = tokens.get(t);
            if (!token.capitalized()) {
                inPlace = false;
                inRole &= Set.of("of", "for", "and", "dan", "untuk").contains(token.lower());
                continue;
            }
            // "…, Ketua Aliansi Nelayan Natuna.": the capitalised words after a title name the role's body.
            inRole |= lexicon.titles().contains(token.lower());
            if (inRole) {
                continue;
            }
            Gazetteer.Match known = gazetteer.at(tokens, t);
            // "told the BBC", "kepada Reuters": the outlet a speaker talked to is nobody else who speaks.
            boolean country = known != null && (known.entity().type() == Type.COUNTRY
                    || (known.entity().type() == Type.ORGANIZATION && "news_agency".equals(known.entity().role())));
            // "in Buenos Aires": the words of a place after its preposition.
            boolean afterPreposition = (t > 0 && PLACE_PREPOSITIONS.contains(tokens.get(t - 1).lower())) || inPlace;
            inPlace = afterPreposition;
            String lower = token.lower();
            boolean descriptive = lexicon.isRoleWord(lower) || lexicon.organizationHeads().contains(lower) || lexicon.demonyms().containsKey(lower);
            if (!country && !afterPreposition && !descriptive && !WEEKDAYS_AND_MONTHS.contains(lower)) {
                return false;
            }
        }
        return true;
    }

    private static final java.util.Set<String> WEEKDAYS_AND_MONTHS = java.util.Set.of("monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "januari", "februari",
            "maret", "mei", "juni", "juli", "agustus", "oktober", "desember");

    /** {@code "…," kata NAME}, {@code "…," NAME said}, {@code "…," said NAME}, {@code "…," katanya}. */
    private FoundQuote cueAfter(Piece piece, Span words, String kind, Entity channel) {
        int t = firstToken(piece.closeEnd());
        if (t >= tokens.size() || !text.substring(piece.closeEnd(), tokens.get(t).start()).matches("[\\s,]*")
                || text.substring(piece.closeEnd(), tokens.get(t).start()).contains("\n")) {
            return null;
        }
        return cueAt(t, words, kind, channel, "cue_after", 0.95);
    }

    /** A cue at token {@code t}: a reporting verb and who follows it, a pronoun cue, or a subject and its verb. */
    private FoundQuote cueAt(int t, Span words, String kind, Entity channel, String rule, double confidence) {
        Token cue = tokens.get(t);
        int pronounWords = pronounCueAt(t);
        if (pronounWords > 0) {
            Span cueSpan = new Span(cue.start(), tokens.get(t + pronounWords - 1).end());
            return lastSpeaker == null || otherPersonBefore(words.start()) ? null
                    : new FoundQuote(words, kind, lastSpeaker, "pronoun", cueSpan, null, 0.8, channel);
        }
        if (lexicon.cueAfter().contains(cue.lower()) && t + 1 < tokens.size()) {
            Mention who = speakers.atCue(t + 1);
            if (who != null && who.entity().type() != Type.COUNTRY) {
                return quote(words, kind, who, rule(rule, who), new Span(cue.start(), cue.end()), confidence(confidence, who), channel);
            }
            return null;
        }
        // "…," Andrei Solovyov, head of the route's administration, said: a name, an aside, then the verb.
        Mention named = cue.capitalized() ? speakers.probe(t) : null;
        if (named != null && named.entity().type() != Type.COUNTRY && named.to() < tokens.size()) {
            int after = appositionEnd(named.to(), Math.min(tokens.size() - 1, named.to() + 24));
            if (after > named.to() && lexicon.cueAfter().contains(tokens.get(after).lower())) {
                Token verb = tokens.get(after);
                speakers.keep(named);
                return quote(words, kind, named, rule(rule, named), new Span(verb.start(), verb.end()), confidence(confidence - 0.05, named), channel);
            }
        }
        // English order: NAME said / the Russian leader said.
        for (int v = t + 1; v < Math.min(tokens.size(), t + 8); v++) {
            if (lexicon.cueAfter().contains(tokens.get(v).lower()) && text.substring(tokens.get(v - 1).end(), tokens.get(v).start()).matches("[ ,]*")) {
                Mention who = speakers.backward(v, 0);
                if (who != null && who.from() >= t && who.entity().type() != Type.COUNTRY) {
                    Token verb = tokens.get(v);
                    return quote(words, kind, who, rule(rule, who), new Span(verb.start(), verb.end()), confidence(confidence, who), channel);
                }
                return null;
            }
        }
        return null;
    }

    /**
     * Whether the quote's paragraph names, before the quote, a person other than the last speaker
     * ("Bagi Sokha, …. "…," ucapnya"): then a pronoun cue could mean either, and no speaker is guessed.
     */
    private boolean otherPersonBefore(int quoteStart) {
        int paragraph = text.lastIndexOf("\n", quoteStart) + 1;
        boolean pronounSubject = false;
        for (int k = firstToken(paragraph); k < tokens.size() && tokens.get(k).end() <= quoteStart; k++) {
            Token token = tokens.get(k);
            if (k == firstToken(paragraph) || sentenceStartsAt(k)) {
                // "Ia juga mengkritik Menteri Dalam Negeri Dipendra Khadka …": the pronoun is the subject, the name an object.
                pronounSubject = PERSONAL_PRONOUNS.contains(token.lower());
            }
            if (pronounSubject || !token.capitalized() || insideQuote(token.start()) || lexicon.notNames().contains(token.lower())) {
                continue;
            }
            Mention someone = speakers.probe(k);
            // Someone named before, or introduced with a role; a run of capitalised words alone may be a group or a place.
            boolean afterTitle = k > 0 && lexicon.titles().contains(tokens.get(k - 1).lower());
            boolean named = someone != null && (!someone.how().equals("new") || someone.entity().role() != null
                    || (afterTitle && someone.to() - someone.from() >= 2));
            if (named && someone.entity().type() == Type.PERSON
                    && !someone.entity().id().equals(lastSpeaker.id())) {
                return true;
            }
            if (someone != null) {
                k = someone.to() - 1;
            }
        }
        return false;
    }

    private boolean sentenceStartsAt(int k) {
        if (sentenceStarts == null) {
            sentenceStarts = new java.util.HashSet<>();
            sentences.forEach(sentence -> sentenceStarts.add(firstToken(sentence.start())));
        }
        return sentenceStarts.contains(k);
    }

    /** The first token of each sentence, collected once per article. */
    private java.util.Set<Integer> sentenceStarts;

    /** A quote inside a sentence that ends with its attribution: {@code …"sangat penting" …, kata Putin.} */
    private FoundQuote sentenceCue(Piece piece, Span sentence, Span words, String kind, Entity channel) {
        for (int t = firstToken(piece.closeEnd()); t < tokens.size() && tokens.get(t).start() < sentence.end(); t++) {
            String gap = text.substring(t == 0 ? 0 : tokens.get(t - 1).end(), tokens.get(t).start());
            if (gap.contains(",") && (lexicon.cueAfter().contains(tokens.get(t).lower()) || pronounCueAt(t) > 0)) {
                FoundQuote found = cueAt(t, words, kind, channel, "sentence_cue", 0.85);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** {@code NAME mengatakan (bahwa) "…"}, {@code Menurut NAME, "…"}, {@code NAME said: "…"}, and partial quotes after a speech act. */
    private FoundQuote cueBefore(Piece piece, Span sentence, Span words, String kind, Entity channel) {
        int first = firstToken(sentence.start());
        for (int t = first; t < tokens.size() && tokens.get(t).end() <= piece.openMark(); t++) {
            String lower = tokens.get(t).lower();
            if (lexicon.accordingTo().contains(lower) || (t + 1 < tokens.size() && lexicon.accordingTo().contains(lower + " " + tokens.get(t + 1).lower()))) {
                int after = lexicon.accordingTo().contains(lower) ? t + 1 : t + 2;
                if (after < tokens.size() && PERSONAL_PRONOUNS.contains(tokens.get(after).lower()) && lastSpeaker != null
                        && text.substring(tokens.get(after).end(), piece.openMark()).matches("\\s*,\\s*")) {
                    // "Menurut dia, "…"": the one the article was talking about.
                    return new FoundQuote(words, kind, lastSpeaker, "pronoun", span(t, after + 1), null, 0.8, channel);
                }
                Mention who = speakers.atCue(after);
                // "Menurut X, "…"", also with words about X between: "According to Amra Hodžić, a deputy who walked out, "…"".
                if (who != null && who.entity().type() != Type.COUNTRY
                        && text.substring(tokens.get(who.to() - 1).end(), piece.openMark()).matches("\\s*,(?:[^\n\"“”«»„.!?:;]{1,160},)?\\s*")) {
                    return quote(words, kind, who, rule("according_to", who), span(t, after), confidence(0.9, who), channel);
                }
            }
        }
        for (int v = lastTokenBefore(piece.openMark()); v >= first; v--) {
            String lower = tokens.get(v).lower();
            boolean direct = "direct".equals(kind);
            if (lexicon.cueBefore().contains(lower) || (!direct && lexicon.speechActs().contains(lower))) {
                Mention who = speakers.backward(v, 3);
                if (who != null && who.entity().type() != Type.COUNTRY) {
                    return quote(words, kind, who, rule("cue_before", who), span(v, v + 1), confidence(direct ? 0.9 : 0.8, who), channel);
                }
                if (who == null && v > first && PERSONAL_PRONOUNS.contains(tokens.get(v - 1).lower()) && lastSpeaker != null) {
                    return new FoundQuote(words, kind, lastSpeaker, "pronoun", span(v - 1, v + 1), null, 0.75, channel);
                }
                boolean noSubject = who == null || who.entity().type() == Type.COUNTRY;
                Mention subject = noSubject && nearQuote(v, piece) ? sentenceSubject(first, v) : null;
                if (subject != null) {
                    return quote(words, kind, subject, rule("cue_before+subject", subject), span(v, v + 1), confidence(0.8, subject), channel);
                }
            }
        }
        return null;
    }

    /** Binary search: the scanner gives quoted stretches in reading order, without overlaps. */
    private boolean insideQuote(int offset) {
        int lo = 0;
        int hi = quoted.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Piece piece = quoted.get(mid);
            if (offset < piece.start()) {
                hi = mid - 1;
            } else if (offset >= piece.end()) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** Words that open a clause of its own: a verb after them has another subject than the sentence's. */
    private static final java.util.Set<String> CLAUSE_OPENERS = java.util.Set.of("who", "whom", "whose", "which", "that", "yang", "bahwa",
            "while", "sementara", "when", "ketika", "after", "setelah", "but", "tetapi", "namun", "as", "saat");

    /**
     * The person or body that opens the sentence, when only an apposition set off by commas and
     * words naming nobody stand between it and the verb at {@code verb}: {@code Choe, speaking
     * through an interpreter, said …}, {@code Kim Jong Un menyaksikan peluncuran itu dan
     * menyebutnya "…"}. Null when another name or a clause of its own comes between.
     */
    private Mention sentenceSubject(int first, int verb) {
        if (first >= tokens.size() || !tokens.get(first).capitalized() || insideQuote(tokens.get(first).start())
                || lexicon.notNames().contains(tokens.get(first).lower()) || lexicon.accordingTo().contains(tokens.get(first).lower())) {
            return null;
        }
        Mention subject = speakers.probe(first);
        for (int k = first + 1; (subject == null || subject.entity().type() != Type.PERSON) && k < first + 4 && k < verb; k++) {
            // "Danish Prime Minister Mette Frederiksen": words before the title belong to the role.
            if (!text.substring(tokens.get(k - 1).end(), tokens.get(k).start()).equals(" ")) {
                break;
            }
            Mention titled = speakers.titledAt(k) ? speakers.probe(k) : null;
            if (titled != null && titled.entity().type() == Type.PERSON) {
                subject = new Mention(titled.entity(), first, titled.to(), titled.how());
            }
        }
        if (subject == null || subject.entity().type() == Type.COUNTRY || subject.to() > verb || verb - subject.to() > 30) {
            return null;
        }
        int from = subject.to();
        // A role that is itself a known name form, then the name: "Pemimpin Korea Utara Kim Jong Un".
        Gazetteer.Match again = from < verb ? gazetteer.at(tokens, from) : null;
        if (again != null && again.entity().id().equals(subject.entity().id()) && again.to() <= verb) {
            from = again.to();
        }
        while (from < verb && SUBJECT_PARTICLES.contains(tokens.get(from).lower())) {
            from++;
        }
        int apposition = appositionEnd(from, verb);
        int rest = apposition > from ? apposition : from;
        for (int k = rest; k < verb; k++) {
            String lower = tokens.get(k).lower();
            if (CLAUSE_OPENERS.contains(lower) || lexicon.cueBefore().contains(lower) || lexicon.speechActs().contains(lower)
                    || PERSONAL_PRONOUNS.contains(lower)) {
                return null;
            }
        }
        String gap = text.substring(tokens.get(rest - 1).end(), tokens.get(verb).start());
        // "Juru Bicara Kemlu, Lalu Muhamad Iqbal, mengatakan": the comma closes the name set off after its role.
        boolean closesName = rest == from && gap.matches("\\s*,\\s*") && text.substring(tokens.get(subject.from()).start(), tokens.get(from - 1).end()).contains(",");
        if (gap.matches("(?s).*[\n\"“”«»„.!?:;].*") || (rest == from && gap.contains(",") && !closesName) || !namesNobody(tokens.get(rest - 1).end(), tokens.get(verb).start())) {
            return null;
        }
        return speakers.keep(subject);
    }

    /** The verb at {@code verb} governs the quote: a few words of the same clause before its opening mark. */
    private boolean nearQuote(int verb, Piece piece) {
        int between = lastTokenBefore(piece.openMark()) - verb;
        // The comma or colon that opens the quote is no clause boundary: "told a press conference, "…"".
        String gap = text.substring(tokens.get(verb).end(), piece.openMark()).replaceFirst("[,:]\\s*$", "");
        boolean ownClause = tokens.subList(verb + 1, verb + 1 + between).stream().anyMatch(t -> CLAUSE_OPENERS.contains(t.lower()) || "what".equals(t.lower()));
        // "mengatakan, "…"", "said: "…"": the verb's own comma or colon opens its quote.
        boolean opensQuote = between == 0 && gap.matches("\\s*[,:]?\\s*");
        return opensQuote || (between <= 6 && !ownClause && !gap.matches("(?s).*[\n\"“”«»„.!?:;,].*"));
    }

    /**
     * After a comma at token {@code from}, the token after the last comma of the asides that follow
     * (up to {@code limit}): "Osama Hammad, prime minister of the rival government in Benghazi, which
     * is backed by Khalifa Haftar, said". {@code from} when no aside follows.
     */
    private int appositionEnd(int from, int limit) {
        if (!text.substring(tokens.get(from - 1).end(), tokens.get(from).start()).matches("\\s*,\\s*")) {
            return from;
        }
        int end = from;
        for (int k = from + 1; k <= limit && k < from + 30; k++) {
            String gap = text.substring(tokens.get(k - 1).end(), tokens.get(k).start());
            if (gap.matches("(?s).*[\n\"“”«»„.!?:;].*")) {
                break;
            }
            if (gap.matches("\\s*,\\s*")) {
                end = k;
            }
        }
        return end;
    }

    /** Words that may follow a subject before its aside: "Khadka sendiri, saat ditemui wartawan, mengatakan". */
    private static final java.util.Set<String> SUBJECT_PARTICLES = java.util.Set.of("sendiri", "juga", "pun", "himself", "herself",
            "itself", "also", "too");

    /**
     * An unattributed quote followed, in its paragraph, by a sentence naming who said it through a
     * passive cue: {@code "…." Pernyataan itu disampaikan Juru Bicara Kemlu China Mao Ning di Beijing.}
     */
    private FoundQuote passiveAfter(Piece piece, Span words, String kind, Entity channel) {
        int paragraphEnd = text.indexOf('\n', piece.closeEnd());
        int limit = paragraphEnd < 0 ? text.length() : paragraphEnd;
        int first = firstToken(piece.closeEnd());
        for (int v = first; v < tokens.size() && v < first + 5 && tokens.get(v).start() < limit; v++) {
            if (insideQuote(tokens.get(v).start())) {
                return null;
            }
            if (lexicon.passiveCues().contains(tokens.get(v).lower()) && v + 1 < tokens.size()) {
                Mention agent = speakers.atCue(v + 1);
                if (agent != null && agent.entity().type() != Type.COUNTRY) {
                    return quote(words, kind, agent, rule("passive_after", agent), span(v, v + 1), confidence(0.8, agent), channel);
                }
                return null;
            }
        }
        return null;
    }

    /** A headline or paragraph that opens with the speaker: {@code Putin: "Kami tidak akan mundur"}. */
    private FoundQuote headline(Piece piece, Span words, String kind, Entity channel) {
        int lineStart = text.lastIndexOf('\n', piece.openMark()) + 1;
        String before = text.substring(lineStart, piece.openMark());
        if (!before.matches("[^\\n:]{2,60}:\\s*")) {
            return null;
        }
        Mention who = speakers.atCue(firstToken(lineStart));
        if (who == null || who.entity().type() == Type.COUNTRY || !text.substring(tokens.get(who.to() - 1).end(), piece.openMark()).matches(":\\s*")) {
            return null;
        }
        return quote(words, kind, who, "headline_colon", new Span(tokens.get(who.to() - 1).end(), tokens.get(who.to() - 1).end() + 1), 0.85, channel);
    }

    /** The channel a quote came through: {@code dilansir Anadolu}, {@code according to AP}, later in its sentence. */
    private Entity channelAfter(int from, int sentenceEnd) {
        if (from >= sentenceEnd) {
            return null;
        }
        String rest = text.substring(from, sentenceEnd).toLowerCase(java.util.Locale.ROOT);
        for (String phrase : lexicon.reportSources()) {
            int at = rest.indexOf(phrase);
            if (at >= 0) {
                int t = firstToken(from + at + phrase.length());
                Gazetteer.Match source = t < tokens.size() ? gazetteer.at(tokens, t) : null;
                if (source != null && source.entity().type() == Type.ORGANIZATION) {
                    return source.entity();
                }
            }
        }
        return null;
    }

    /**
     * Partial when the quoted words sit inside the reporter's sentence (right after a word, or
     * going on in lower case after a comma); direct when they stand as a statement of their own.
     */
    private String kindOf(Piece piece) {
        int i = piece.openMark() - 1;
        while (i >= 0 && text.charAt(i) == ' ') {
            i--;
        }
        if (i >= 0 && Character.isLetterOrDigit(text.charAt(i))) {
            return "partial";
        }
        boolean continues = i >= 0 && text.charAt(i) == ',' && Character.isLowerCase(text.codePointAt(piece.start()));
        return continues ? "partial" : "direct";
    }

    /**
     * Quoted words are proposed when a rule attributed them and they are not a title in capitals;
     * unattributed ones only when long enough to be a statement rather than a nickname or a scare quote.
     */
    private boolean isStatement(FoundQuote quote) {
        int from = firstToken(quote.words().start());
        int to = from;
        while (to < tokens.size() && tokens.get(to).end() <= quote.words().end()) {
            to++;
        }
        List<Token> words = tokens.subList(from, to);
        boolean titleCase = words.size() >= 2 && words.size() <= 6 && words.stream().allMatch(Token::capitalized);
        if (titleCase) {
            return false;
        }
        return quote.speaker() != null || words.size() >= MIN_UNATTRIBUTED_WORDS;
    }

    /** Pieces of a quotation that spans paragraphs take the speaker its later piece found. */
    private List<FoundQuote> backfillGroups(List<FoundQuote> quotes, List<Piece> pieces, Map<Integer, FoundQuote> byGroup) {
        List<FoundQuote> filled = new ArrayList<>();
        for (int i = 0; i < quotes.size(); i++) {
            FoundQuote quote = quotes.get(i);
            FoundQuote group = byGroup.get(pieces.get(i).group());
            filled.add(quote.speaker() == null && group != null ? withSpeaker(quote, group, "same_quotation") : quote);
        }
        return filled;
    }

    private static FoundQuote withSpeaker(FoundQuote quote, FoundQuote from, String rule) {
        return new FoundQuote(quote.words(), quote.kind(), from.speaker(), rule, from.cue(), from.speakerMention(), from.confidence(),
                from.channel());
    }

    private FoundQuote quote(Span words, String kind, Mention who, String rule, Span cue, double confidence, Entity channel) {
        Span mention = span(who.from(), who.to());
        return new FoundQuote(words, kind, who.entity(), rule, cue, mention, confidence, channel);
    }

    /** A rule's name tells how the speaker was read when it was not by a plain name: descriptor, surname. */
    private static String rule(String rule, Mention who) {
        return who.how().equals("descriptor") ? rule + "+descriptor" : who.how().equals("surname") ? rule + "+surname" : rule;
    }

    private static double confidence(double base, Mention who) {
        return switch (who.how()) {
            case "descriptor" -> base - 0.1;
            case "surname", "new" -> base - 0.05;
            default -> base;
        };
    }

    private int pronounCueAt(int t) {
        for (String cue : lexicon.pronounCues()) {
            String[] words = cue.split(" ");
            boolean all = t + words.length <= tokens.size();
            for (int k = 0; all && k < words.length; k++) {
                all = tokens.get(t + k).lower().equals(words[k]);
            }
            if (all) {
                return words.length;
            }
        }
        return 0;
    }

    /**
     * A sentence whose subject speaks ("Putin menambahkan bahwa …", "Peskov denied that …") makes
     * that subject the one a later "ujarnya" or "he added" refers to.
     */
    private void noteSubject(Span sentence) {
        int first = firstToken(sentence.start());
        for (int v = first + 1; v < tokens.size() && v < first + 24 && tokens.get(v).start() < sentence.end(); v++) {
            String verb = tokens.get(v).lower();
            if (insideQuote(tokens.get(v).start())) {
                continue;
            }
            if (lexicon.passiveCues().contains(verb) && v + 1 < tokens.size()) {
                // "Pernyataan itu disampaikan Iqbal …": the agent after a passive cue spoke.
                Mention agent = speakers.atCue(v + 1);
                if (agent != null && agent.entity().type() != Type.COUNTRY) {
                    speaker(agent.entity());
                    return;
                }
            }
            if (lexicon.cueBefore().contains(verb) || lexicon.speechActs().contains(verb) || lexicon.claimVerbs().containsKey(verb)) {
                Mention who = speakers.backward(v, 3);
                if (who == null || who.entity().type() == Type.COUNTRY) {
                    who = sentenceSubject(first, v);
                }
                if (who != null && who.entity().type() != Type.COUNTRY) {
                    speaker(who.entity());
                } else if (who == null && !PERSONAL_PRONOUNS.contains(tokens.get(v - 1).lower())) {
                    // Someone the article does not name spoke ("a senior official said"): a later
                    // "katanya" is theirs, so it must not fall to whoever spoke before.
                    speaker(null);
                }
                return;
            }
        }
        // A sentence that opens with a person doing something else makes them the one a later "he said" means.
        boolean opens = first < tokens.size() && tokens.get(first).capitalized() && !insideQuote(tokens.get(first).start())
                && !lexicon.notNames().contains(tokens.get(first).lower()) && !lexicon.accordingTo().contains(tokens.get(first).lower());
        Mention opener = opens ? speakers.probe(first) : null;
        // Only someone already named: a capitalised word opening a sentence is no new person.
        boolean named = opener != null && (!opener.how().equals("new") || opener.entity().role() != null);
        if (named && opener.entity().type() == Type.PERSON && opener.to() < tokens.size()
                && !tokens.get(opener.to()).capitalized() && text.substring(tokens.get(opener.to() - 1).end(), tokens.get(opener.to()).start()).equals(" ")) {
            speaker(opener.entity());
        }
    }

    /** Who a later "he said", "the minister said" or "pria berusia 67 tahun itu" most likely means. */
    private void speaker(Entity entity) {
        lastSpeaker = entity;
        speakers.subject(entity);
    }

    // --- text structure -----------------------------------------------------------------------

    private static final Pattern BOUNDARY = Pattern.compile("[.!?](?=\\s|\\p{Lu}|\"|“)|\\n");
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)(?:\\b\\p{L}|dr|prof|mr|mrs|ms|st|no|jl|u\\.s|tel)$");

    /** Sentences outside quotation marks: a full stop inside quoted words does not end the reporter's sentence. */
    private List<Span> sentences(List<Piece> pieces) {
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        Matcher m = BOUNDARY.matcher(text);
        while (m.find()) {
            int at = m.start();
            boolean inQuote = pieces.stream().anyMatch(p -> at >= p.start() && at < p.end());
            boolean abbreviation = text.charAt(at) == '.' && ABBREVIATION.matcher(text.substring(Math.max(0, at - 4), at)).find()
                    && !(at + 1 < text.length() && text.charAt(at + 1) == '\n');
            if (inQuote || abbreviation) {
                continue;
            }
            if (at + 1 > start) {
                sentences.add(new Span(start, at + 1));
            }
            start = at + 1;
        }
        if (start < text.length()) {
            sentences.add(new Span(start, text.length()));
        }
        return sentences;
    }

    private Span sentenceAt(int offset) {
        for (Span sentence : sentences) {
            if (offset >= sentence.start() && offset < sentence.end()) {
                return sentence;
            }
        }
        return new Span(offset, offset);
    }

    /** Lines that are no part of the story: "Baca juga:" links, photo captions, credits. */
    private void markSkippedLines() {
        int lineStart = 0;
        for (String line : text.split("\n", -1)) {
            String lower = line.strip().toLowerCase(java.util.Locale.ROOT);
            if (lexicon.skipLinePrefixes().stream().anyMatch(lower::startsWith)) {
                skipped.add(new Span(lineStart, lineStart + line.length()));
            }
            lineStart += line.length() + 1;
        }
    }

    private boolean inSkipped(int offset) {
        return skipped.stream().anyMatch(s -> offset >= s.start() && offset < s.end());
    }

    private int firstToken(int offset) {
        return Token.firstAt(tokens, offset);
    }

    private int lastTokenBefore(int offset) {
        return firstToken(offset) - 1;
    }

    private Span span(int fromToken, int toToken) {
        return new Span(tokens.get(fromToken).start(), tokens.get(toToken - 1).end());
    }
}

package org.geofacts.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.geofacts.extraction.Gazetteer.Entity;
import org.geofacts.extraction.Gazetteer.Type;
import org.geofacts.model.AliasKey;

/**
 * Reads who a stretch of the article names: a stored or known entity by any of its name forms;
 * a new person given by name, with the title and role the article puts before it ("Juru Bicara
 * Kemlu, Lalu Muhamad Iqbal"); a surname or a role alone that refers back to someone the article
 * introduced ("Iqbal", "Menlu RI tersebut", "the Russian leader"). Remembers who the article has
 * introduced, in order, so later references resolve.
 */
final class Speakers {

    /** Words that may stand between a subject and its verb ("Amerika Serikat telah lama mengatakan"). */
    private static final Set<String> AUXILIARIES = Set.of("telah", "lama", "juga", "pun", "sudah", "kembali", "pernah", "sempat",
            "lalu", "kemudian", "sebelumnya", "also", "has", "have", "had", "long", "repeatedly", "earlier", "again", "then", "on",
            "tuesday", "monday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today");


    /** Who a stretch names, tokens {@code [from, to)}; {@code how} is name, surname, descriptor or new. */
    record Mention(Entity entity, int from, int to, String how) {
    }

    private final String text;
    private final List<Token> tokens;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final List<Entity> introduced = new ArrayList<>();
    private final Descriptors descriptors;
    /** True while reading the name next to a reporting verb, where a single capitalised word is a name. */
    private boolean cueContext;

    Speakers(String text, List<Token> tokens, Lexicon lexicon, Gazetteer gazetteer) {
        this.text = text;
        this.tokens = tokens;
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
        this.descriptors = new Descriptors(lexicon, gazetteer, introduced);
    }

    /** Everyone and everything the article has named so far, first mention first. */
    List<Entity> introduced() {
        return introduced;
    }

    /**
     * Registers who the article introduces before any quote is attributed, so a surname or a role
     * later in the text (or in a headline above) resolves: names after a title, known names, and
     * names right before a reporting verb.
     */
    void introduceAll() {
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).capitalized()) {
                continue;
            }
            Gazetteer.Match known = gazetteer.at(tokens, i);
            if (titleAt(i, true) > 0 || organizationEnd(i) > i || (known != null && known.entity().type() != Type.COUNTRY)) {
                forward(i);
            }
        }
    }

    /** The name starting at token {@code i}, after any title and role; null when none does. */
    Mention forward(int i) {
        if (i >= tokens.size()) {
            return null;
        }
        Mention aged = agedDescriptor(i);
        if (aged != null) {
            return aged;
        }
        Gazetteer.Match known = gazetteer.at(tokens, i);
        int organizationEnd = organizationEnd(i);
        if (organizationEnd > i && (known == null || known.to() < organizationEnd)) {
            String name = text.substring(tokens.get(i).start(), tokens.get(organizationEnd - 1).end());
            Entity existing = byName(AliasKey.fold(name));
            Entity organization = existing != null ? existing
                    : new Entity(Type.ORGANIZATION, AliasKey.fold(name).replace(' ', '-'), name, false, "government_body", null);
            return remember(new Mention(organization, i, organizationEnd, "new"));
        }
        if (known != null && known.entity().type() == Type.COUNTRY && known.to() + 1 < tokens.size()
                && tokens.get(known.to()).text().equals("s") && between(known.to() - 1, known.to()).matches("['’]")
                && titleAt(known.to() + 1, true) > 0) {
            Mention titled = forward(known.to() + 1);
            return titled == null ? null : new Mention(titled.entity(), i, titled.to(), titled.how());
        }
        int roleEnd = roleEnd(i);
        if (known != null && known.to() >= roleEnd) {
            return remember(new Mention(known.entity(), i, known.to(), "name"));
        }
        int nameStart = roleEnd;
        if (nameStart < tokens.size() && nameStart > i && lexicon.descriptorMarkers().contains(tokens.get(nameStart).lower())) {
            Entity described = described(i, nameStart);
            return described == null ? null : new Mention(described, i, nameStart + 1, "descriptor");
        }
        if (nameStart > i && nameStart < tokens.size() && between(nameStart - 1, nameStart).matches(",\\s*")) {
            // "Juru Bicara Kemlu, Lalu Muhamad Iqbal": the role, a comma, then the name.
        } else if (nameStart > i && nameStart < tokens.size() && !between(nameStart - 1, nameStart).matches("\\s+")
                && !(between(nameStart - 1, nameStart).matches("\\.\\s+") && tokens.get(nameStart - 1).text().length() <= 4)) {
            // A title written short with a full stop ("Col. Ibrahim Maman Souley", "Dr. Aini") goes on after it.
            return null;
        }
        if (nameStart >= tokens.size()) {
            return null;
        }
        Gazetteer.Match named = gazetteer.at(tokens, nameStart);
        if (named != null) {
            return remember(new Mention(named.entity(), i, named.to(), "name"));
        }
        if (lexicon.notNames().contains(tokens.get(nameStart).lower())) {
            return null;
        }
        int nameEnd = nameStart;
        // Hyphenated given names go on in lower case: "Cho Tae-yul", "Kim Jong-un".
        while (nameEnd < tokens.size() && nameEnd - nameStart < 7
                && (tokens.get(nameEnd).capitalized() || (nameEnd > nameStart && between(nameEnd - 1, nameEnd).equals("-"))
                        || particleAt(nameEnd, nameStart))
                && !lexicon.isRoleWord(tokens.get(nameEnd).lower()) && (nameEnd == nameStart || between(nameEnd - 1, nameEnd).matches("[ '’-]"))) {
            nameEnd++;
        }
        if (nameEnd == nameStart) {
            return null;
        }
        if (nameEnd - nameStart == 1) {
            Entity earlier = bySurname(tokens.get(nameStart).folded());
            if (earlier == null) {
                earlier = fullNameOf(nameStart);
            }
            if (earlier != null) {
                return new Mention(earlier, i, nameEnd, "surname");
            }
            // One name after a title ("Menlu Sugiono", "Foreign Minister Sugiono") or right at a cue is a person of one name.
            boolean oneName = (roleEnd > i || cueContext || properNoun(tokens.get(nameStart)))
                    && !lexicon.notNames().contains(tokens.get(nameStart).lower()) && !place(tokens.get(nameStart));
            if (!oneName) {
                return null;
            }
        }
        String name = text.substring(tokens.get(nameStart).start(), tokens.get(nameEnd - 1).end());
        int roleStart = i;
        while (roleEnd > i && roleStart > 0 && tokens.get(roleStart - 1).capitalized() && between(roleStart - 1, roleStart).matches(" ")
                && (lexicon.isRoleWord(tokens.get(roleStart - 1).lower()) || isCountry(roleStart - 1))) {
            roleStart--;
        }
        String role = roleEnd > i ? text.substring(tokens.get(roleStart).start(), tokens.get(roleEnd - 1).end()) : null;
        Entity existing = byName(AliasKey.fold(name));
        if (existing == null) {
            // "De la O Levy" after "Vicente de la O Levy": the end of a full name the article gave.
            existing = byNameEnding(AliasKey.fold(name));
        }
        Entity person = existing != null ? existing : new Entity(Type.PERSON, AliasKey.fold(name).replace(' ', '-'), name, false, role, null);
        return remember(new Mention(person, i, nameEnd, existing != null ? "name" : "new"));
    }

    private static final java.util.regex.Pattern AGED = java.util.regex.Pattern.compile(
            "(?i)(?:pria|wanita|perempuan|lelaki|laki-laki|sosok)\\s+(?:berusia|berumur)\\s+\\d+\\s+tahun\\s+(?:itu|tersebut)\\b");

    /** "pria berusia 67 tahun itu": the person the article is talking about. */
    private Mention agedDescriptor(int i) {
        java.util.regex.Matcher m = AGED.matcher(text).region(tokens.get(i).start(), text.length());
        Entity subject = descriptors.talkedAbout();
        if (!m.lookingAt() || subject == null) {
            return null;
        }
        int to = i;
        while (to < tokens.size() && tokens.get(to).end() <= m.end()) {
            to++;
        }
        return new Mention(subject, i, to, "descriptor");
    }

    /** As {@link #forward(int)}, for the words right after a reporting verb ("kata Sugiono"). */
    Mention atCue(int i) {
        cueContext = true;
        try {
            Mention found = forward(i);
            return found != null ? found : descriptorPhrase(i);
        } finally {
            cueContext = false;
        }
    }

    /**
     * "diplomat tertinggi Venezuela itu", "politikus UMNO tersebut": a head word that names a role,
     * then any words, then a descriptor marker. Read loosely (the head word in the role, a country
     * that does not contradict it), so only when one person the article introduced fits.
     */
    private Mention descriptorPhrase(int i) {
        if (i >= tokens.size() || tokens.get(i).capitalized()) {
            return null;
        }
        for (int m = i + 1; m < tokens.size() && m <= i + 5; m++) {
            if (!between(m - 1, m).equals(" ")) {
                return null;
            }
            if (lexicon.descriptorMarkers().contains(tokens.get(m).lower())) {
                Entity described = descriptors.uniquelyHeaded(tokens.get(i).folded(), descriptors.countriesNamed(tokens, i + 1, m));
                return described == null ? null : new Mention(described, i, m + 1, "descriptor");
            }
        }
        return null;
    }

    /**
     * The subject ending right before token {@code verb}, with at most {@code slack} auxiliary words
     * between ("Amerika Serikat telah lama mengatakan"); null when there is none.
     */
    Mention backward(int verb, int slack) {
        if (verb == 0 || boundary(verb - 1, verb)) {
            return null;
        }
        int end = verb;
        while (end > 0 && verb - end < slack && AUXILIARIES.contains(tokens.get(end - 1).lower())) {
            end--;
        }
        // "…, speaking in Oslo, said": the word before the comma ends an aside, not the subject.
        if (end == 0 || boundary(end - 1, end)) {
            return null;
        }
        int lowest = end - 1;
        while (lowest > Math.max(0, end - 8) && !boundary(lowest - 1, lowest)) {
            lowest--;
        }
        // The longest subject wins: "Pemimpin Rusia" (Putin) before "Rusia" (the country).
        for (int start = lowest; start < end; start++) {
            Mention found = start == end - 1 || tokens.get(start).capitalized() || lexicon.descriptorMarkers().contains(tokens.get(start).lower())
                    ? describedOrNamed(start, end) : null;
            if (found != null && found.to() == end) {
                return found;
            }
        }
        return null;
    }

    private Mention describedOrNamed(int start, int end) {
        // English descriptor: "the Russian leader said".
        if (lexicon.descriptorMarkers().contains(tokens.get(start).lower()) && start + 1 < end) {
            boolean allRole = true;
            for (int k = start + 1; k < end; k++) {
                String word = tokens.get(k).lower();
                allRole &= lexicon.isRoleWord(word) || Descriptors.LEADER.contains(word) || lexicon.demonyms().containsKey(word)
                        || lexicon.roleSynonyms().containsKey(word) || lexicon.descriptorFillers().contains(word) || word.chars().allMatch(Character::isDigit);
            }
            Entity described = allRole ? described(start + 1, end) : null;
            if (described == null && end - start <= 4) {
                described = descriptors.uniquelyHeaded(tokens.get(end - 1).folded(), descriptors.countriesNamed(tokens, start + 1, end - 1));
            }
            return described == null ? null : new Mention(described, start, end, "descriptor");
        }
        return tokens.get(start).capitalized() ? forward(start) : null;
    }

    /** The person or body the words {@code [from, to)} describe: a known name form, or a role read by {@link Descriptors}. */
    private Entity described(int from, int to) {
        Gazetteer.Match alias = gazetteer.at(tokens, from);
        if (alias != null && alias.to() == to) {
            return alias.entity();
        }
        List<String> words = new ArrayList<>();
        for (int k = from; k < to; k++) {
            words.add(tokens.get(k).folded());
        }
        return descriptors.described(words);
    }

    /** Lower-case particles inside a name ("Lula da Silva", "van der Leyen"), followed by more of the name. */
    private static final Set<String> NAME_PARTICLES = Set.of("da", "de", "do", "dos", "das", "van", "von", "der", "den", "bin", "binti", "al", "el", "la", "le");

    private boolean particleAt(int k, int nameStart) {
        // "da Silva", "de la O Levy", "al-Shaibani": a particle, then the rest of the name after a space or a hyphen.
        return k > nameStart && k + 1 < tokens.size() && NAME_PARTICLES.contains(tokens.get(k).text())
                && (tokens.get(k + 1).capitalized() || particleAt(k + 1, k)) && between(k - 1, k).equals(" ")
                && between(k, k + 1).matches("[ -]");
    }

    /** Guards {@link #fullNameOf}, which reads a name with {@link #forward}, from reading its own word again. */
    private boolean lookingForFullName;

    /**
     * The person a single name stands for when the article writes that name in full elsewhere, first
     * occurrence first ("Choe" after "his counterpart, Choe Son Hui"; "Silva" after "Luiz Inácio
     * Lula da Silva"): a surname must not propose a second person.
     */
    private Entity fullNameOf(int word) {
        // An acronym ("MRC", "IMF") is a body's name, never a surname.
        if (lookingForFullName || tokens.get(word).allCaps()) {
            return null;
        }
        lookingForFullName = true;
        try {
            String folded = tokens.get(word).folded();
            for (int k : positionsOf(folded)) {
                if (k == word || !tokens.get(k).capitalized()) {
                    continue;
                }
                int start = k;
                while (start > 0 && k - start < 5 && (tokens.get(start - 1).capitalized() || particleAt(start - 1, start - 2))
                        && between(start - 1, start).matches("[ '’-]") && !lexicon.isRoleWord(tokens.get(start - 1).lower())
                        && !lexicon.notNames().contains(tokens.get(start - 1).lower())
                        && !tokens.get(start - 1).allCaps() && !place(tokens.get(start - 1))
                        && !isCountry(start - 1)) {
                    start--;
                }
                boolean nameGoesOn = k + 1 < tokens.size() && (between(k, k + 1).equals("-")
                        || (between(k, k + 1).equals(" ") && tokens.get(k + 1).capitalized() && !lexicon.notNames().contains(tokens.get(k + 1).lower())));
                // Read only where the word stands inside a longer name, so no one-word person is remembered on the way.
                Mention full = start < k || nameGoesOn ? forward(start) : null;
                if (full != null && full.entity().type() == Type.PERSON && full.to() > k && full.to() - full.from() >= 2
                        && (" " + AliasKey.fold(full.entity().name()) + " ").contains(" " + folded + " ")) {
                    return full.entity();
                }
            }
            return null;
        } finally {
            lookingForFullName = false;
        }
    }

    /** Where each folded word stands in the article, built once: a surname's full name is looked up, not scanned for. */
    private java.util.Map<String, List<Integer>> positions;

    private List<Integer> positionsOf(String folded) {
        if (positions == null) {
            positions = new java.util.HashMap<>();
            for (int k = 0; k < tokens.size(); k++) {
                positions.computeIfAbsent(tokens.get(k).folded(), w -> new ArrayList<>()).add(k);
            }
        }
        return positions.getOrDefault(folded, List.of());
    }

    private Entity bySurname(String folded) {
        for (int k = introduced.size() - 1; k >= 0; k--) {
            Entity e = introduced.get(k);
            if (e.type() == Type.PERSON && (" " + fold(e.name()) + " ").contains(" " + folded + " ")) {
                return e;
            }
        }
        return null;
    }

    private Entity byNameEnding(String folded) {
        return introduced.stream().filter(e -> e.type() == Type.PERSON && fold(e.name()).endsWith(" " + folded)).findFirst().orElse(null);
    }

    /** Names and roles folded once per article: matching folds them again and again otherwise. */
    private final java.util.Map<String, String> folded = new java.util.HashMap<>();

    private String fold(String words) {
        return folded.computeIfAbsent(words, AliasKey::fold);
    }

    private Entity byName(String folded) {
        return introduced.stream().filter(e -> fold(e.name()).equals(folded)).findFirst().orElse(null);
    }

    /**
     * As {@link #forward(int)}, but nothing read is remembered: for a guess at a sentence's subject
     * that the caller may still throw away ("Menurut Iqbal" is no person). {@link #keep} keeps it.
     */
    Mention probe(int i) {
        boolean was = probing;
        probing = true;
        try {
            return forward(i);
        } finally {
            probing = was;
        }
    }

    /** Whether a title starts at token {@code k}. */
    boolean titledAt(int k) {
        return titleAt(k, true) > 0;
    }

    /** Remembers a mention {@link #probe} read, once the caller took it. */
    Mention keep(Mention mention) {
        return remember(mention);
    }

    private boolean probing;

    /** Who the article is talking about now, for descriptors; see {@link Descriptors}. */
    void subject(Entity entity) {
        descriptors.subject(entity);
    }

    private Mention remember(Mention mention) {
        if (probing) {
            return mention;
        }
        if (introduced.stream().noneMatch(e -> e.id().equals(mention.entity().id()) && e.type() == mention.entity().type())) {
            introduced.add(mention.entity());
        }
        return mention;
    }

    /**
     * The end of the title and role words starting at token {@code i} ({@code i} itself when there
     * are none): a role starts with a title ("Menteri Luar Negeri", "Foreign Minister"), so a country
     * name alone starts none.
     */
    private int roleEnd(int i) {
        if (titleAt(i, true) == 0) {
            return i;
        }
        int k = i;
        while (k < tokens.size()) {
            int words = titleAt(k, false);
            if (words == 0 && k > i) {
                words = portfolioBeforeCountry(k);
            }
            if (words == 0 && k > i) {
                words = roleUpToComma(k);
            }
            if (words == 0 && k > i && k + 1 < tokens.size() && tokens.get(k + 1).capitalized() && between(k, k + 1).equals(" ")
                    && (tokens.get(k).allCaps() || place(tokens.get(k)))) {
                // "Direktur Jenderal IAEA Rafael Grossi", "Pastor Paroki Bilogai Yulianus Tebai": a body's acronym or a
                // place the article names elsewhere ("di Bilogai") belongs to the role, not to the name after it.
                words = 1;
            }
            if (words == 0) {
                // A country inside a role: "Menlu Malaysia Mohamad Hasan", "Penasihat Keamanan Nasional Filipina Eduardo Año".
                Gazetteer.Match country = gazetteer.at(tokens, k);
                if (country == null || country.entity().type() != Type.COUNTRY) {
                    break;
                }
                words = country.to() - k;
            }
            k += words;
        }
        return k;
    }

    /**
     * The rest of a role set off from the name by a comma ("Ekonom [Universitas Kolombo], Dilani
     * Wickramasinghe,"): capitalised words and connectors up to a comma that a capitalised name
     * follows. Their count; 0 for none.
     */
    private int roleUpToComma(int k) {
        for (int m = k; m < tokens.size() && m < k + 6; m++) {
            Token token = tokens.get(m);
            boolean connector = Set.of("dan", "and", "of", "untuk", "for", "the").contains(token.text());
            if ((!token.capitalized() && !connector) || (m > k && !between(m - 1, m).equals(" "))) {
                return 0;
            }
            if (m + 1 < tokens.size() && between(m, m + 1).matches(",\\s*") && tokens.get(m + 1).capitalized() && !isCountry(m + 1)) {
                return m + 1 - k;
            }
        }
        return 0;
    }

    /**
     * A portfolio between a title and the country that ends a role ("Menteri [Energi dan
     * Pertambangan] Laos Phonesavanh Keomany", "Chief [Cabinet Secretary] of Japan"): capitalised
     * words and connectors up to a country that a capitalised name follows. Their count; 0 for none.
     */
    private int portfolioBeforeCountry(int k) {
        for (int m = k; m < tokens.size() && m < k + 5; m++) {
            Token token = tokens.get(m);
            if (m > k && !between(m - 1, m).equals(" ")) {
                return 0;
            }
            if (isCountry(m)) {
                int after = gazetteer.at(tokens, m).to();
                boolean nameFollows = m > k && after < tokens.size() && tokens.get(after).capitalized() && between(after - 1, after).equals(" ");
                return nameFollows ? m - k : 0;
            }
            boolean connector = Set.of("dan", "and", "of", "untuk", "for").contains(token.text());
            if (!token.capitalized() && !connector) {
                return 0;
            }
            // "Menteri [Energi dan Pertambangan] Vicente de la O Levy": a portfolio joined by "dan" ends at the word after it.
            if (connector && (token.text().equals("dan") || token.text().equals("and")) && m > k && m + 2 < tokens.size()
                    && tokens.get(m + 1).capitalized() && tokens.get(m + 2).capitalized() && !isCountry(m + 1)) {
                return m + 2 - k;
            }
        }
        return 0;
    }

    /** How many tokens from {@code k} form a title (or, unless {@code titleOnly}, a role word), multi-word titles first; 0 for none. */
    private int titleAt(int k, boolean titleOnly) {
        for (int n = 3; n >= 1; n--) {
            if (k + n > tokens.size()) {
                continue;
            }
            StringBuilder phrase = new StringBuilder();
            for (int m = k; m < k + n; m++) {
                phrase.append(m > k ? " " : "").append(tokens.get(m).lower());
            }
            String words = phrase.toString();
            // Right after a reporting verb a title may be in lower case: "kata juru bicara Kemlu Vietnam Pham Thu Hang".
            boolean capitalOrConnector = tokens.get(k).capitalized() || words.equals("dan") || words.equals("of") || words.equals("the")
                    || words.equals("for") || words.equals("and") || (cueContext && titleOnly);
            if (capitalOrConnector && (lexicon.titles().contains(words) || (!titleOnly && n == 1 && lexicon.roleWords().contains(words)))) {
                return n;
            }
        }
        return 0;
    }

    /** Punctuation that ends a subject between two tokens; the full stop of an abbreviation ("U.N.", "Dr.") does not. */
    private boolean boundary(int a, int b) {
        String gap = between(a, b);
        if (gap.matches(".*[!?:;,\"”“«»„\\n].*")) {
            return true;
        }
        Token before = tokens.get(a);
        return gap.contains(".") && before.text().length() > 3 && !before.allCaps();
    }

    /**
     * The end of an organization's name starting at token {@code i}: capitalised words holding a
     * word such as Ministry or Kementerian ("Kementerian Luar Negeri China", "China's Commerce
     * Ministry"); {@code i} when there is none.
     */
    int organizationEnd(int i) {
        if (!tokens.get(i).capitalized() || titleAt(i, true) > 0 || lexicon.notNames().contains(tokens.get(i).lower())) {
            return i;
        }
        int k = i;
        int end = i;
        boolean head = false;
        while (k < tokens.size() && k - i < 7) {
            Token token = tokens.get(k);
            boolean possessive = token.text().equals("s") && k > i && between(k - 1, k).matches("['’]");
            boolean connector = Set.of("of", "for", "and", "dan").contains(token.lower());
            if (k > i && !between(k - 1, k).matches("[ '’-]")) {
                break;
            }
            if (!token.capitalized() && !possessive && !connector) {
                break;
            }
            boolean isHead = lexicon.organizationHeads().contains(token.lower());
            // After its head word, a name goes on only with words of a role or a country ("Kementerian Luar Negeri China").
            if (head && !isHead && !lexicon.isRoleWord(token.lower()) && !isCountry(k) && !possessive && !connector) {
                break;
            }
            head |= isHead;
            k++;
            if (token.capitalized()) {
                end = k;
            }
        }
        // A head word alone ("Commission", "Ministry") names no body: it refers back to one, as a descriptor.
        boolean headOnly = end - i == 1 && lexicon.organizationHeads().contains(tokens.get(i).lower());
        return head && !headOnly ? end : i;
    }

    /**
     * A capitalised word the article also writes capitalised inside a sentence, so it is a name and
     * not a word capitalised only because it opens the sentence ("Sugiono", not "Analysts").
     */
    private boolean properNoun(Token word) {
        if (midSentence == null) {
            midSentence = new java.util.HashSet<>();
            for (Token token : tokens) {
                int k = token.start() - 1;
                while (k >= 0 && text.charAt(k) == ' ') {
                    k--;
                }
                if (k >= 0 && (Character.isLetterOrDigit(text.charAt(k)) || text.charAt(k) == ',')) {
                    midSentence.add(token.text());
                }
            }
        }
        return midSentence.contains(word.text());
    }

    /** Words the article writes after a word or a comma, collected once per article. */
    private Set<String> midSentence;

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "di", "dekat");

    /** A word the article writes after "in" or "di" ("the delegation in Sarajevo") is a place, never a one-word person. */
    private boolean place(Token word) {
        if (places == null) {
            places = new java.util.HashSet<>();
            for (int k = 1; k < tokens.size(); k++) {
                if (tokens.get(k).capitalized() && PLACE_PREPOSITIONS.contains(tokens.get(k - 1).text()) && between(k - 1, k).equals(" ")) {
                    // The whole name of the place: "di Intan Jaya".
                    for (int m = k; m < tokens.size() && m < k + 3 && tokens.get(m).capitalized() && (m == k || between(m - 1, m).equals(" ")); m++) {
                        places.add(tokens.get(m).text());
                    }
                }
            }
        }
        return places.contains(word.text());
    }

    private Set<String> places;

    private boolean isCountry(int k) {
        Gazetteer.Match match = gazetteer.at(tokens, k);
        return match != null && match.entity().type() == Type.COUNTRY;
    }

    /** The text between two tokens. */
    private String between(int a, int b) {
        return text.substring(tokens.get(a).end(), tokens.get(b).start());
    }
}

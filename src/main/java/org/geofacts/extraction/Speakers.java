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

    /** Generic words for a head of state or government, so "the Russian leader" finds the President of Russia. */
    private static final Set<String> LEADER = Set.of("leader", "pemimpin", "president", "presiden", "head", "kepala");

    /** Who a stretch names, tokens {@code [from, to)}; {@code how} is name, surname, descriptor or new. */
    record Mention(Entity entity, int from, int to, String how) {
    }

    private final String text;
    private final List<Token> tokens;
    private final Lexicon lexicon;
    private final Gazetteer gazetteer;
    private final List<Entity> introduced = new ArrayList<>();
    /** True while reading the name next to a reporting verb, where a single capitalised word is a name. */
    private boolean cueContext;

    Speakers(String text, List<Token> tokens, Lexicon lexicon, Gazetteer gazetteer) {
        this.text = text;
        this.tokens = tokens;
        this.lexicon = lexicon;
        this.gazetteer = gazetteer;
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
        Gazetteer.Match known = gazetteer.at(tokens, i);
        int organizationEnd = organizationEnd(i);
        if (organizationEnd > i && (known == null || known.to() < organizationEnd)) {
            String name = text.substring(tokens.get(i).start(), tokens.get(organizationEnd - 1).end());
            Entity existing = byName(AliasKey.fold(name));
            Entity organization = existing != null ? existing
                    : new Entity(Type.ORGANIZATION, AliasKey.fold(name).replace(' ', '-'), name, false, "government_body", null);
            return remember(new Mention(organization, i, organizationEnd, "new"));
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
        } else if (nameStart > i && nameStart < tokens.size() && !between(nameStart - 1, nameStart).matches("\\s+")) {
            return null;
        }
        if (nameStart >= tokens.size()) {
            return null;
        }
        Gazetteer.Match named = gazetteer.at(tokens, nameStart);
        if (named != null) {
            return remember(new Mention(named.entity(), i, named.to(), "name"));
        }
        int nameEnd = nameStart;
        // Hyphenated given names go on in lower case: "Cho Tae-yul", "Kim Jong-un".
        while (nameEnd < tokens.size() && nameEnd - nameStart < 5
                && (tokens.get(nameEnd).capitalized() || (nameEnd > nameStart && between(nameEnd - 1, nameEnd).equals("-")))
                && !lexicon.isRoleWord(tokens.get(nameEnd).lower()) && (nameEnd == nameStart || between(nameEnd - 1, nameEnd).matches("[ '’-]"))) {
            nameEnd++;
        }
        if (nameEnd == nameStart) {
            return null;
        }
        if (nameEnd - nameStart == 1) {
            Entity earlier = bySurname(tokens.get(nameStart).folded());
            if (earlier != null) {
                return new Mention(earlier, i, nameEnd, "surname");
            }
            // One name after a title ("Menlu Sugiono", "Foreign Minister Sugiono") or right at a cue is a person of one name.
            boolean oneName = (roleEnd > i || cueContext || properNoun(tokens.get(nameStart)))
                    && !lexicon.notNames().contains(tokens.get(nameStart).lower());
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
        Entity person = existing != null ? existing : new Entity(Type.PERSON, AliasKey.fold(name).replace(' ', '-'), name, false, role, null);
        return remember(new Mention(person, i, nameEnd, existing != null ? "name" : "new"));
    }

    /** As {@link #forward(int)}, for the words right after a reporting verb ("kata Sugiono"). */
    Mention atCue(int i) {
        cueContext = true;
        try {
            return forward(i);
        } finally {
            cueContext = false;
        }
    }

    /**
     * The subject ending right before token {@code verb}, with at most {@code slack} auxiliary words
     * between ("Amerika Serikat telah lama mengatakan"); null when there is none.
     */
    Mention backward(int verb, int slack) {
        int end = verb;
        while (end > 0 && verb - end < slack && AUXILIARIES.contains(tokens.get(end - 1).lower())) {
            end--;
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
                allRole &= lexicon.isRoleWord(tokens.get(k).lower()) || LEADER.contains(tokens.get(k).lower());
            }
            Entity described = allRole ? described(start + 1, end) : null;
            return described == null ? null : new Mention(described, start, end, "descriptor");
        }
        return tokens.get(start).capitalized() ? forward(start) : null;
    }

    /** The person the article introduced whose role (or country) the words {@code [from, to)} describe. */
    private Entity described(int from, int to) {
        Gazetteer.Match alias = gazetteer.at(tokens, from);
        if (alias != null && alias.to() == to) {
            return alias.entity();
        }
        List<String> words = new ArrayList<>();
        for (int k = from; k < to; k++) {
            words.add(tokens.get(k).folded());
        }
        for (int k = introduced.size() - 1; k >= 0; k--) {
            Entity candidate = introduced.get(k);
            if (candidate.type() == Type.PERSON && candidate.role() != null && describes(words, candidate)) {
                return candidate;
            }
            // "the ministry said", "kementerian tersebut": the organization of that kind named last.
            if (candidate.type() == Type.ORGANIZATION && words.size() == 1 && lexicon.organizationHeads().contains(words.get(0))
                    && (" " + AliasKey.fold(candidate.name()) + " ").contains(" " + words.get(0) + " ")) {
                return candidate;
            }
        }
        return null;
    }

    private boolean describes(List<String> words, Entity person) {
        String stated = " " + AliasKey.fold(person.role()) + " " + (person.country() == null ? "" : AliasKey.fold(person.country())) + " ";
        for (var abbreviation : lexicon.abbreviations().entrySet()) {
            if (stated.contains(" " + abbreviation.getValue() + " ")) {
                stated += abbreviation.getKey() + " ";
            }
            if (stated.contains(" " + abbreviation.getKey() + " ")) {
                stated += abbreviation.getValue() + " ";
            }
        }
        String role = stated;
        for (String word : words) {
            boolean leaderWord = LEADER.contains(word) && LEADER.stream().anyMatch(l -> role.contains(" " + l + " "));
            boolean nationality = word.length() > 4 && role.contains(" " + word.substring(0, word.length() - 2));
            if (!role.contains(" " + word + " ") && !leaderWord && !nationality) {
                return false;
            }
        }
        return true;
    }

    private Entity bySurname(String folded) {
        for (int k = introduced.size() - 1; k >= 0; k--) {
            Entity e = introduced.get(k);
            if (e.type() == Type.PERSON && List.of(AliasKey.fold(e.name()).split(" ")).contains(folded)) {
                return e;
            }
        }
        return null;
    }

    private Entity byName(String folded) {
        return introduced.stream().filter(e -> AliasKey.fold(e.name()).equals(folded)).findFirst().orElse(null);
    }

    private Mention remember(Mention mention) {
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
            boolean capitalOrConnector = tokens.get(k).capitalized() || words.equals("dan") || words.equals("of") || words.equals("the")
                    || words.equals("for") || words.equals("and");
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
        if (!tokens.get(i).capitalized() || titleAt(i, true) > 0) {
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
        return head ? end : i;
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

    private boolean isCountry(int k) {
        Gazetteer.Match match = gazetteer.at(tokens, k);
        return match != null && match.entity().type() == Type.COUNTRY;
    }

    /** The text between two tokens. */
    private String between(int a, int b) {
        return text.substring(tokens.get(a).end(), tokens.get(b).start());
    }
}

package org.geofacts.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.geofacts.model.AliasKey;

/**
 * Every name form the extractor can link: stored people, organizations and countries with their
 * aliases, every ISO country by its English and Indonesian names, capitals and seats of government
 * as metonyms, and common short forms. Matching is over folded words (case, accents and hyphens
 * do not matter), longest form first; short forms in capitals (AS, RI, PBB) match only in capitals,
 * so the English word "as" is no country.
 */
final class Gazetteer {

    enum Type { PERSON, ORGANIZATION, COUNTRY }

    /**
     * What a name form stands for.
     *
     * @param id     person or organization id, or alpha-2 code
     * @param stored false for what the article itself introduces or the ISO table proposes
     * @param role   a person's role or an organization's kind, when known
     */
    record Entity(Type type, String id, String name, boolean stored, String role, String country) {
    }

    /** A name form found in the text: tokens {@code [from, to)}. */
    record Match(Entity entity, int from, int to) {
    }

    private record Form(List<String> words, boolean capitalsOnly, Entity entity) {
    }

    private final Map<String, List<Form>> byFirstWord = new HashMap<>();
    /** One copy of each folded word: surnames and given names repeat across many people. */
    private final Map<String, String> words = new HashMap<>();

    /** @param form a name as written: "Kim Jong-un", "AS", "Gedung Putih" */
    void add(String form, Entity entity) {
        String folded = AliasKey.fold(form);
        if (folded.isEmpty()) {
            return;
        }
        List<String> words = java.util.Arrays.stream(folded.split(" ")).map(word -> this.words.computeIfAbsent(word, w -> w)).toList();
        boolean capitalsOnly = form.length() <= 4 && form.equals(form.toUpperCase(java.util.Locale.ROOT));
        List<Form> forms = byFirstWord.computeIfAbsent(words.get(0), k -> new ArrayList<>());
        if (forms.stream().noneMatch(f -> f.words().equals(words) && f.entity().id().equals(entity.id()))) {
            forms.add(new Form(words, capitalsOnly, entity));
            // Longest first; of equal forms an organization before a country, so "the Kremlin said" names the Kremlin, not Russia.
            forms.sort(Comparator.comparingInt((Form f) -> -f.words().size())
                    .thenComparing(f -> f.entity().type() == Type.ORGANIZATION ? 0 : 1));
        }
    }

    /** The longest name form starting at token {@code i}; null when none does. */
    Match at(List<Token> tokens, int i) {
        List<Form> forms = byFirstWord.get(tokens.get(i).folded());
        if (forms == null) {
            return null;
        }
        for (Form form : forms) {
            if (matches(form, tokens, i)) {
                return new Match(form.entity(), i, i + form.words().size());
            }
        }
        return null;
    }

    private static boolean matches(Form form, List<Token> tokens, int i) {
        if (i + form.words().size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < form.words().size(); k++) {
            Token token = tokens.get(i + k);
            if (!token.folded().equals(form.words().get(k)) || (form.capitalsOnly() && !token.allCaps())) {
                return false;
            }
            if (k > 0 && !adjacent(tokens.get(i + k - 1), token)) {
                return false;
            }
        }
        // A one-word name starts with a capital in running text ("Kim", not "kim" in another word's place);
        // longer forms may start in lower case ("kantor berita KCNA").
        return form.words().size() > 1 || tokens.get(i).capitalized();
    }

    /** Words of one name stand next to each other: only a space, hyphen, full stop or apostrophe between. */
    private static boolean adjacent(Token a, Token b) {
        return b.start() - a.end() <= 2;
    }
}

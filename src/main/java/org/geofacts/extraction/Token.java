package org.geofacts.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.geofacts.model.AliasKey;

/**
 * A word of the article with its UTF-16 offsets. Hyphens and punctuation split words, so
 * "Kim Jong-un" reads as three tokens, like the folded aliases it is matched against.
 *
 * @param folded lower case without accents, as {@link AliasKey} folds names
 */
record Token(int start, int end, String text, String folded) {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:\\.(?=\\p{Lu}\\.))?");

    static List<Token> of(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = text.substring(m.start(), m.end());
            tokens.add(new Token(m.start(), m.end(), word, AliasKey.fold(word)));
        }
        return tokens;
    }

    /** The index of the first token starting at or after {@code offset}; {@code tokens.size()} when none does. */
    static int firstAt(List<Token> tokens, int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    boolean capitalized() {
        return Character.isUpperCase(text.codePointAt(0));
    }

    /** All capitals, as short forms are written (AS, RI, PBB): these match only in capitals. */
    boolean allCaps() {
        return text.length() > 1 && text.equals(text.toUpperCase(Locale.ROOT)) && !text.chars().allMatch(Character::isDigit);
    }

    String lower() {
        return text.toLowerCase(Locale.ROOT);
    }
}

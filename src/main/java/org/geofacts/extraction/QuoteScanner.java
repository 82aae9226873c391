package org.geofacts.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds double-quoted passages in every common form: straight {@code "…"}, curly {@code “…”},
 * guillemets {@code «…»} and low-high {@code „…“}. A quotation left open at the end of a
 * paragraph goes on in the next one (when that one opens with a mark, as English style has it, or
 * until its closing mark), each paragraph's part becoming a piece of the same quotation. Single
 * quotes are not read: the press uses them for nicknames and quotes within quotes.
 */
final class QuoteScanner {

    /** Pieces of one quotation share a {@code group}; offsets are UTF-16, the content without its marks. */
    record Piece(int start, int end, int openMark, int closeEnd, int group) {
    }

    private QuoteScanner() {
    }

    static List<Piece> scan(String text) {
        List<Piece> pieces = new ArrayList<>();
        int open = -1;
        int contentStart = -1;
        int group = 0;
        char closer = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (open < 0) {
                closer = closerOf(c);
                if (closer != 0) {
                    open = i;
                    contentStart = i + 1;
                    group++;
                }
            } else if (c == closer || c == '"' || (closer == '“' && c == '”')) {
                add(pieces, text, contentStart, i, open, i + 1, group);
                open = -1;
            } else if (c == '\n') {
                int next = nextLineStart(text, i);
                if (next < text.length() && closerOf(text.charAt(next)) != 0) {
                    // English style: the next paragraph reopens the same quotation.
                    add(pieces, text, contentStart, i, open, i, group);
                    open = next;
                    contentStart = next + 1;
                    i = next + 1;
                    continue;
                }
                if (!closesLater(text, next, closer)) {
                    open = -1;
                } else {
                    add(pieces, text, contentStart, i, open, i, group);
                    open = next;
                    contentStart = next;
                    i = next;
                    continue;
                }
            }
            i++;
        }
        return pieces;
    }

    /** The mark that closes a quotation opened by {@code c}; 0 when {@code c} opens none. */
    private static char closerOf(char c) {
        return switch (c) {
            case '"' -> '"';
            case '“' -> '”';
            case '„' -> '“';
            case '«' -> '»';
            default -> 0;
        };
    }

    /** True when the paragraph starting at {@code from} closes the open quotation before opening another. */
    private static boolean closesLater(String text, int from, char closer) {
        int end = text.indexOf('\n', from);
        String paragraph = text.substring(from, end < 0 ? text.length() : end);
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            if (c == closer || c == '"' || c == '”') {
                return true;
            }
            if (closerOf(c) != 0) {
                return false;
            }
        }
        return false;
    }

    private static int nextLineStart(String text, int newline) {
        int i = newline;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(List<Piece> pieces, String text, int start, int end, int openMark, int closeEnd, int group) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        // A comma or full stop before the closing mark belongs to the reporter's sentence, not to the words.
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",;:".indexOf(text.charAt(e - 1)) >= 0
                || (text.charAt(e - 1) == '.' && !text.startsWith("...", e - 3)))) {
            e--;
        }
        if (e > s) {
            pieces.add(new Piece(s, e, openMark, closeEnd, group));
        }
    }
}

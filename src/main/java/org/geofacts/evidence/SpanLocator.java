package org.geofacts.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds evidence text in a document and computes its offsets, prefix and suffix. Offsets are
 * counted in Unicode code points, so they agree with PostgreSQL's character functions and with
 * clients in any language, whatever their string encoding.
 */
public final class SpanLocator {

    /** Code points of context kept on each side, as in the W3C TextQuoteSelector. */
    public static final int CONTEXT = 32;

    private final String documentId;
    private final String text;

    public SpanLocator(String documentId, String text) {
        this.documentId = documentId;
        this.text = text;
    }

    /** Every UTF-16 index at which {@code exact} starts, in document order. */
    public List<Integer> occurrences(String exact) {
        List<Integer> found = new ArrayList<>();
        for (int at = text.indexOf(exact); at >= 0; at = text.indexOf(exact, at + 1)) {
            found.add(at);
        }
        return found;
    }

    /**
     * Locates the given occurrence (1-based) of {@code exact}.
     *
     * @throws SpanNotFoundException when the text is absent, ambiguous without an occurrence, or
     *                               the occurrence is out of range
     */
    public LocatedSpan locate(String exact, Integer occurrence) {
        if (exact == null || exact.isEmpty()) {
            throw new SpanNotFoundException("evidence text is empty");
        }
        if (hasUnpairedSurrogate(exact)) {
            // Would match half of a character in the document and could never be stored.
            throw new SpanNotFoundException("evidence text is not valid Unicode (half of a surrogate pair)");
        }
        List<Integer> found = occurrences(exact);
        if (found.isEmpty()) {
            throw new SpanNotFoundException("text not found in document '" + documentId + "': \"" + abbreviate(exact) + "\"");
        }
        if (occurrence == null && found.size() > 1) {
            throw new SpanNotFoundException("text occurs " + found.size() + " times in document '" + documentId
                    + "'; say which with occurrence: \"" + abbreviate(exact) + "\"");
        }
        int which = occurrence == null ? 1 : occurrence;
        if (which < 1 || which > found.size()) {
            throw new SpanNotFoundException("occurrence " + which + " requested but the text occurs " + found.size()
                    + " time(s) in document '" + documentId + "': \"" + abbreviate(exact) + "\"");
        }
        return at(found.get(which - 1), exact.length());
    }

    /** Builds the span starting at a UTF-16 index; also used to verify stored spans. */
    LocatedSpan at(int utf16Start, int utf16Length) {
        int utf16End = utf16Start + utf16Length;
        int start = text.codePointCount(0, utf16Start);
        int end = start + text.codePointCount(utf16Start, utf16End);
        int prefixStart = text.offsetByCodePoints(utf16Start, -Math.min(CONTEXT, start));
        int suffixEnd = text.offsetByCodePoints(utf16End, Math.min(CONTEXT, text.codePointCount(utf16End, text.length())));
        return new LocatedSpan(documentId, start, end, text.substring(utf16Start, utf16End),
                text.substring(prefixStart, utf16Start), text.substring(utf16End, suffixEnd));
    }

    /**
     * Which occurrence of {@code exact} starts at the given code-point offset, as a bundle entry
     * names it: null when the text occurs once (no occurrence needed), else from 1.
     */
    public Integer occurrenceAt(String exact, int codePointStart) {
        List<Integer> found = occurrences(exact);
        if (found.size() < 2) {
            return null;
        }
        for (int i = 0; i < found.size(); i++) {
            if (text.codePointCount(0, found.get(i)) == codePointStart) {
                return i + 1;
            }
        }
        return null;
    }

    /** The document text between code-point offsets, end exclusive. */
    public String slice(int start, int end) {
        return text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
    }

    static boolean hasUnpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}

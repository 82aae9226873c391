package org.geofacts.evidence;

/** A span found in a document: code-point offsets (end exclusive) plus the quote selector. */
public record LocatedSpan(String documentId, int start, int end, String exact, String prefix, String suffix) {
}

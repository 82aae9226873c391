package org.geofacts.evidence;

/** Evidence text that cannot be pinned to exactly one place in its document. */
public class SpanNotFoundException extends RuntimeException {

    public SpanNotFoundException(String message) {
        super(message, null, false, false);
    }
}

package org.geofacts.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Whether a request target's %-escapes decode: two hex digits each, and UTF-8 together (RFC 3986 §2.1). */
final class PercentEncoding {

    private PercentEncoding() {
    }

    static boolean isWellFormed(String uri) {
        if (uri.indexOf('%') < 0) {
            return true;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(uri.length());
        int i = 0;
        while (i < uri.length()) {
            int escape = uri.indexOf('%', i);
            int end = escape < 0 ? uri.length() : escape;
            bytes.writeBytes(uri.substring(i, end).getBytes(StandardCharsets.UTF_8));
            if (escape < 0) {
                break;
            }
            if (escape + 2 >= uri.length() || Character.digit(uri.charAt(escape + 1), 16) < 0
                    || Character.digit(uri.charAt(escape + 2), 16) < 0) {
                return false;
            }
            bytes.write(Integer.parseInt(uri, escape + 1, escape + 3, 16));
            i = escape + 3;
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray()));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}

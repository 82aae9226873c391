package org.geofacts.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** SHA-256 fingerprints: of texts, and of bundle entries so an unchanged entry is not rewritten. */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Records serialise their components in declaration order, so equal entries hash equally. */
    public static String of(ObjectMapper mapper, Object entry) {
        try {
            return sha256(mapper.writeValueAsBytes(entry));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("bundle entries are plain records", e);
        }
    }
}

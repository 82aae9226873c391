package org.geofacts.caching;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.geofacts.web.ProblemException;

/**
 * Strong entity tags: a hash of the exact JSON bytes of a representation. The response filter
 * tags reads with it, and writes compare If-Match against it, so a client that sends back the
 * ETag of its last GET updates only the state it saw.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    public static String of(ObjectMapper mapper, Object representation) {
        try {
            return of(mapper.writeValueAsBytes(representation));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("representations are plain records", e);
        }
    }

    /** If-None-Match semantics: any listed tag (or *) matches, weak tags compared by their opaque part. */
    public static boolean anyMatches(String header, String etag) {
        if (header == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(etag) || (tag.startsWith("W/") && tag.substring(2).equals(etag))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Checks a write's precondition: 428 without If-Match, 412 unless it names the current tag
     * (strong comparison, as RFC 9110 requires for If-Match).
     */
    public static void requireMatch(String ifMatch, String currentEtag) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "send If-Match with the ETag of the version you are changing (GET it first)", null);
        }
        // "*" would match any version and so give up lost-update protection: it is no precondition here.
        if (ifMatch.strip().equals("*")) {
            throw new ProblemException(428, "precondition-required", "Precondition required",
                    "If-Match: * matches any version; send the ETag of the version you are changing (GET it first)", null);
        }
        for (String candidate : ifMatch.split(",")) {
            if (candidate.trim().equals(currentEtag)) {
                return;
            }
        }
        throw new ProblemException(412, "precondition-failed", "Precondition failed",
                "the resource changed since you read it; GET it again and reapply your change", null);
    }
}

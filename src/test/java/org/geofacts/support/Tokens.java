package org.geofacts.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Real RS256 tokens for tests, signed with the committed dev-only key the test profile trusts. */
public final class Tokens {

    public static final String ISSUER = "https://geofacts.dev/local";
    /** The audience dev mode and tests expect (mp.jwt.verify.audiences). */
    public static final String AUDIENCE = "geofacts";

    private Tokens() {
    }

    public static String curator(String name) {
        return signed(name, Set.of("curator"), devKey());
    }

    public static String reader(String name) {
        return signed(name, Set.of("reader"), devKey());
    }

    /** A well-formed token signed by a key the service does not trust. */
    public static String forgedCurator() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return signed("mallory", Set.of("curator"), generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A curator's token signed with the trusted key, with the caller's name, audience and issue time as given. */
    public static String curatorToken(String name, String audience, Instant issuedAt) {
        return Jwt.issuer(ISSUER).subject(name).upn(name).groups(Set.of("curator")).audience(audience).issuedAt(issuedAt)
                .expiresAt(issuedAt.plusSeconds(3600)).sign(devKey());
    }

    private static String signed(String name, Set<String> groups, PrivateKey key) {
        return Jwt.issuer(ISSUER).subject(name).upn(name).groups(groups).audience(AUDIENCE).expiresIn(600).sign(key);
    }

    private static PrivateKey devKey() {
        try {
            String pem = Files.readString(Path.of("dev/keys/private.pem"))
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

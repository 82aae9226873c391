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
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Real RS256 tokens for tests, signed with the committed dev-only key the test profile trusts. */
public final class Tokens {

    public static final String ISSUER = "https://geofacts.dev/local";

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

    private static String signed(String name, Set<String> groups, PrivateKey key) {
        return Jwt.issuer(ISSUER).subject(name).upn(name).groups(groups).expiresIn(600).sign(key);
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

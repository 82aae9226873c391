package org.geofacts.writes;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Refuses, as unauthenticated, a validly signed token whose caller cannot be recorded or was
 * issued in the future: the name becomes the actor of audit columns and the change feed
 * ("curator:alice"), so it must be present, printable and short, and PostgreSQL refuses NUL.
 */
@ApplicationScoped
public class CuratorTokenCheck implements SecurityIdentityAugmentor {

    /** Longer names are no one's login; the actor column is an index key. */
    static final int MAX_NAME = 200;

    private final long skewSeconds;

    public CuratorTokenCheck(@ConfigProperty(name = "mp.jwt.verify.clock.skew", defaultValue = "60") long skewSeconds) {
        this.skewSeconds = skewSeconds;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous()) {
            return Uni.createFrom().item(identity);
        }
        String name = identity.getPrincipal().getName();
        if (name == null || name.isBlank() || name.length() > MAX_NAME || name.codePoints().anyMatch(Character::isISOControl)) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the token names no usable caller"));
        }
        if (identity.getPrincipal() instanceof JsonWebToken token && token.getIssuedAtTime() > Instant.now().getEpochSecond() + skewSeconds) {
            return Uni.createFrom().failure(new AuthenticationFailedException("the token was issued in the future"));
        }
        return Uni.createFrom().item(identity);
    }
}

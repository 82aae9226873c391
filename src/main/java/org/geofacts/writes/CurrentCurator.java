package org.geofacts.writes;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.SecurityIdentity;

/** The curator making the current request, as writes record them ("curator:alice"). */
@ApplicationScoped
public class CurrentCurator {

    private final SecurityIdentity identity;

    public CurrentCurator(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The actor for audit columns and the change feed; only called behind {@code @RolesAllowed(curator)}. */
    public String actor() {
        return Curators.actor(identity.getPrincipal().getName());
    }
}

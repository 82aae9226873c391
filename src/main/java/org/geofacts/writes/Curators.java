package org.geofacts.writes;

/** The role that may write, and how a caller is named in audit columns and the change feed. */
public final class Curators {

    public static final String ROLE = "curator";
    /** The OpenAPI security scheme the write operations declare. */
    public static final String SCHEME = "bearer";

    private static final String PREFIX = "curator:";

    private Curators() {
    }

    /** How writes record a curator: the change feed's and the audit columns' actor. */
    public static String actor(String principalName) {
        return PREFIX + principalName;
    }

    /** True when the actor is a curator (not the dataset loader). */
    public static boolean isCurator(String actor) {
        return actor != null && actor.startsWith(PREFIX);
    }
}

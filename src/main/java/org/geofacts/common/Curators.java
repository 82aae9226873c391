package org.geofacts.common;

/** The role that may write, and how a caller is named in audit columns and the change feed. */
public final class Curators {

    public static final String ROLE = "curator";
    /** The OpenAPI security scheme the write operations declare. */
    public static final String SCHEME = "bearer";

    private Curators() {
    }

    public static String actor(String principalName) {
        return "curator:" + principalName;
    }
}

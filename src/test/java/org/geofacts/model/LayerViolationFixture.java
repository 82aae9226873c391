package org.geofacts.model;

import org.geofacts.country.Country;

/** A model class that imports a kind, as no main class may: the architecture test must catch it. */
public final class LayerViolationFixture {

    public static String codeOf(Country country) {
        return country.code;
    }

    private LayerViolationFixture() {
    }
}

package org.geofacts.claim;

import java.util.List;

/** The countries, people and organizations a filter value resolved to. */
public record ActorKeys(List<String> countryCodes, List<String> personIds, List<String> organizationIds) {

    public boolean isEmpty() {
        return countryCodes.isEmpty() && personIds.isEmpty() && organizationIds.isEmpty();
    }
}

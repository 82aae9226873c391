package org.geofacts.quote;

import java.util.List;

/** Resolved filters of GET /quotes; a null field does not filter, an empty speaker list matches nothing. */
public record QuoteFilter(List<String> speakerIds, List<String> speakerOrganizationIds, String about, String document, String lang,
        String text) {
}

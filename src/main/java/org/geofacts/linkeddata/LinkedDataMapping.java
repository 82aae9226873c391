package org.geofacts.linkeddata;

import java.util.Map;

/**
 * How one kind's DTO reads as a schema.org node. A kind offering {@code application/ld+json} provides one as a bean; its
 * resource then simply returns the DTO (or a page of them) and {@link JsonLdWriter} does the rest.
 */
public interface LinkedDataMapping<D> {

    Class<D> type();

    /** The node without {@code @context}; {@link JsonLd#document} or {@link JsonLd#list} wraps it. */
    Map<String, Object> node(D value);
}

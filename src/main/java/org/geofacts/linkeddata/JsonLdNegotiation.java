package org.geofacts.linkeddata;

import java.util.Arrays;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Chooses between JSON and JSON-LD for the reads that offer both, by the rule the API has always had: JSON-LD only when
 * Accept ranks it above plain JSON, JSON for wildcards and ties. The framework's own choice differs at the edges: it answers
 * {@code Accept: application/*} with octet-stream, prefers JSON on a tie, and copies Accept parameters such as {@code q}
 * into the Content-Type.
 *
 * <p>Response filters run from the highest priority down, so this runs before {@code caching.HttpCaching} hashes the
 * representation chosen here; {@link JsonLdWriter} (or HttpCaching, for the ETag) then renders it.
 */
public class JsonLdNegotiation {

    @ServerResponseFilter(priority = Priorities.USER + 100)
    public void choose(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        if (response.getStatus() != 200 || !response.hasEntity() || !offersJsonLd(resource)) {
            return;
        }
        MediaType chosen = JsonLd.wanted(request.getAcceptableMediaTypes()) ? JsonLd.TYPE : MediaType.APPLICATION_JSON_TYPE;
        response.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, chosen);
    }

    /** The method's @Produces, or else its class's, names application/ld+json. */
    private static boolean offersJsonLd(ResourceInfo resource) {
        if (resource == null || resource.getResourceMethod() == null) {
            return false;
        }
        Produces produces = resource.getResourceMethod().getAnnotation(Produces.class);
        if (produces == null) {
            produces = resource.getResourceClass().getAnnotation(Produces.class);
        }
        return produces != null && Arrays.asList(produces.value()).contains(JsonLd.MEDIA_TYPE);
    }
}

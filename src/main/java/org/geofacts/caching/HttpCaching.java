package org.geofacts.caching;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.geofacts.linkeddata.JsonLd;
import org.geofacts.linkeddata.JsonLdDocuments;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Strong ETags and public caching for every successful read (and ETags on successful writes). The body is serialised once here,
 * hashed, and sent as bytes, so the ETag always matches the exact bytes a client receives; a
 * matching If-None-Match turns the answer into 304 without a body.
 */
public class HttpCaching {

    private static final String GENERATION = "geofacts.read-cache.generation";
    /** Answers differ by Accept (JSON or JSON-LD) and carry the caller's Origin in CORS headers. */
    static final String VARY = HttpHeaders.ACCEPT + ", Origin";

    private final ObjectMapper mapper;
    private final ReadCache cache;
    private final JsonLdDocuments jsonLd;
    private final String cacheControl;

    public HttpCaching(ObjectMapper mapper, ReadCache cache, JsonLdDocuments jsonLd,
            @ConfigProperty(name = "geofacts.http.cache-max-age", defaultValue = "60") int maxAge) {
        this.mapper = mapper;
        this.cache = cache;
        this.jsonLd = jsonLd;
        this.cacheControl = "public, max-age=" + maxAge;
    }

    /** Notes the cache generation before the endpoint reads anything, so a result raced by a write is not kept. */
    @ServerRequestFilter
    public void noteGeneration(ContainerRequestContext request) {
        request.setProperty(GENERATION, cache.generation());
    }

    @ServerResponseFilter
    public void tagAndCache(ContainerRequestContext request, ContainerResponseContext response) throws JsonProcessingException {
        if ((response.getStatus() != 200 && response.getStatus() != 201) || !response.hasEntity()) {
            return;
        }
        boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
        // A JSON-LD answer is hashed and cached as the JSON-LD the client receives, not as the DTO behind it.
        Object entity = JsonLd.isJsonLd(response.getMediaType()) && jsonLd.maps(response.getEntity().getClass())
                ? jsonLd.document(response.getEntity()) : response.getEntity();
        byte[] body = entity instanceof byte[] bytes ? bytes
                : entity instanceof String text ? text.getBytes(StandardCharsets.UTF_8)
                : mapper.writeValueAsBytes(entity);
        String etag = ETags.of(body);
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        if (!read) {
            // A successful write answers with the new state; its tag is what the next If-Match must send.
            response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl);
        response.getHeaders().add(HttpHeaders.VARY, VARY);
        Object generation = request.getProperty(GENERATION);
        if (generation instanceof Long started && response.getMediaType() != null) {
            URI uri = request.getUriInfo().getRequestUri();
            String pathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            cache.put(ReadCache.key(pathAndQuery, request.getHeaderString(HttpHeaders.ACCEPT)), body,
                    response.getMediaType().toString(), etag, started);
        }
        if (ETags.anyMatches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
            return;
        }
        response.setEntity(body, response.getEntityAnnotations(), response.getMediaType());
    }
}

package org.geofacts.caching;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/**
 * Answers reads from {@link ReadCache} on the HTTP layer, before the REST layer, Jackson and
 * Hibernate are involved; misses go on to the endpoints, whose responses fill the cache.
 */
@ApplicationScoped
public class ReadCacheRoute {

    /** After CORS and other HTTP filters, before the REST endpoints. */
    private static final int ORDER = 1;

    private final ReadCache cache;
    private final String cacheControl;

    public ReadCacheRoute(ReadCache cache, @ConfigProperty(name = "geofacts.http.cache-max-age", defaultValue = "60") int maxAge) {
        this.cache = cache;
        this.cacheControl = "public, max-age=" + maxAge;
    }

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(ctx -> {
            HttpMethod method = ctx.request().method();
            boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
            ReadCache.Entry hit = read ? cache.get(ReadCache.key(ctx.request().uri(), ctx.request().getHeader(HttpHeaders.ACCEPT))) : null;
            if (hit == null) {
                ctx.next();
                return;
            }
            var response = ctx.response()
                    .putHeader(HttpHeaders.ETAG, hit.etag())
                    .putHeader(HttpHeaders.CACHE_CONTROL, cacheControl)
                    .putHeader(HttpHeaders.VARY, HttpCaching.VARY);
            if (ETags.anyMatches(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH), hit.etag())) {
                response.setStatusCode(304).end();
                return;
            }
            response.putHeader(HttpHeaders.CONTENT_TYPE, hit.mediaType());
            if (HttpMethod.HEAD.equals(method)) {
                response.putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(hit.body().length)).end();
            } else {
                response.end(Buffer.buffer(hit.body()));
            }
        });
    }
}

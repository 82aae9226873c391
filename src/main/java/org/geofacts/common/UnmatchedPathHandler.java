package org.geofacts.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Answers paths that no endpoint, static file or management route serves with a 404 problem,
 * instead of the HTTP layer's default HTML page. Registered last, so it sees only what nothing
 * else handled.
 */
@ApplicationScoped
public class UnmatchedPathHandler {

    void register(@Observes Router router, ObjectMapper mapper) {
        router.route().order(Integer.MAX_VALUE).handler(ctx -> {
            Problem problem = Problems.of(404, "not-found", "Not found", "no resource at this path", ctx.normalizedPath(), null);
            try {
                ctx.response().setStatusCode(404)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .end(mapper.writeValueAsString(problem));
            } catch (JsonProcessingException e) {
                ctx.fail(e);
            }
        });
    }
}

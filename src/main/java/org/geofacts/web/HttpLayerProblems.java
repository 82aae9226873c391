package org.geofacts.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Problem answers for what the HTTP layer decides before any endpoint runs: paths nothing serves
 * (404), URIs that are malformed (400) or too long (414), headers too large (431) and bodies over
 * the size limit (413).
 * Without this they would be HTML or empty.
 *
 * <p>Targets and headers over the service's limits get 414 and 431 problems here. The HTTP
 * server's own limits are set twice as high, because what it refuses never reaches a handler: Vert.x
 * core answers an unparseable request line, or one or headers beyond those limits, with an empty
 * 400, 414 or 431, written by an invalid-request handler the server captures when it starts
 * listening, which Quarkus does not let us set.
 */
@ApplicationScoped
public class HttpLayerProblems {

    private static final int MAX_INSTANCE_LENGTH = 200;

    private final long maxBodySize;
    private final int maxTargetLength;
    private final long maxHeaderSize;

    public HttpLayerProblems(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "geofacts.http.max-target-length") int maxTargetLength,
            @ConfigProperty(name = "geofacts.http.max-header-size") MemorySize maxHeaderSize) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.maxTargetLength = maxTargetLength;
        this.maxHeaderSize = maxHeaderSize.asLongValue();
    }

    void register(@Observes Router router, ObjectMapper mapper) {
        router.route().order(Integer.MAX_VALUE).handler(ctx ->
                write(ctx, mapper, Problems.of(404, "not-found", "Not found", "no resource at this path", ctx.normalizedPath(), null)));
        // Requests Vert.x-web refuses while setting up the routing (an HTTP/1.1 request without Host,
        // a target that is not a path, such as "*") arrive here as failures.
        router.route().order(Integer.MIN_VALUE).failureHandler(ctx -> {
            if (ctx.response().ended()) {
                return;
            }
            if (ctx.request().authority() == null) {
                write(ctx, mapper, missingHost(ctx));
            } else if (ctx.statusCode() == 404 && ctx.failure() == null) {
                write(ctx, mapper, Problems.of(404, "not-found", "Not found", "no resource at this target", instanceOf(ctx), null));
            } else {
                ctx.next();
            }
        });
        router.route().order(Integer.MIN_VALUE).handler(ctx -> {
            Problem refused = refusal(ctx);
            if (refused == null) {
                ctx.next();
                return;
            }
            if (refused.status() != 400) {
                // What is too large may still be arriving: do not read the rest of it.
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            }
            write(ctx, mapper, refused);
        });
        // A chunked body declares no length: it is read here, up to the limit, so that one growing
        // past it gets the same problem (Quarkus REST then reads the buffered body). Left to the
        // endpoint's own reader it would end in an empty 413 and two logged stack traces.
        BodyHandler chunkedBodies = BodyHandler.create(false).setBodyLimit(maxBodySize);
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            if (isChunked(ctx.request())) {
                chunkedBodies.handle(ctx);
            } else {
                ctx.next();
            }
        }).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().ended()) {
                ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
                write(ctx, mapper, payloadTooLarge(ctx));
            } else {
                ctx.next();
            }
        });
    }

    /** As HTTP/1.1 sends them: each name, ": ", value and line end. */
    private static long headerSize(HttpServerRequest request) {
        long size = 0;
        for (var header : request.headers()) {
            size += header.getKey().length() + header.getValue().length() + 4;
        }
        return size;
    }

    private static boolean isChunked(HttpServerRequest request) {
        String encoding = request.getHeader(HttpHeaders.TRANSFER_ENCODING);
        return encoding != null && encoding.toLowerCase(Locale.ROOT).contains("chunked");
    }

    /** Why the request cannot be served, checked before any endpoint runs; null when it can be. */
    private Problem refusal(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        // HTTP/1.0 lets a request leave out Host, but every absolute URI the service writes (Location, links)
        // is built from it: refuse it as HTTP/1.1 does. (The authority is Host in HTTP/1, :authority in HTTP/2.)
        if (request.authority() == null) {
            return missingHost(ctx);
        }
        if (request.uri().length() > maxTargetLength) {
            return Problems.of(414, "uri-too-long", "URI too long",
                    "the request target is over " + maxTargetLength + " characters", instanceOf(ctx), null);
        }
        if (headerSize(request) > maxHeaderSize) {
            return Problems.of(431, "headers-too-large", "Request header fields too large",
                    "the request headers are over " + maxHeaderSize + " bytes", instanceOf(ctx), null);
        }
        if (!isValidTarget(request.uri())) {
            return invalidUri(instanceOf(ctx));
        }
        // A declared length over the limit is refused before the body is read.
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.length() < 19 && length.chars().allMatch(Character::isDigit) && Long.parseLong(length) > maxBodySize) {
            return payloadTooLarge(ctx);
        }
        return null;
    }

    private Problem payloadTooLarge(RoutingContext ctx) {
        return Problems.of(413, "payload-too-large", "Payload too large",
                "the request body is over the " + maxBodySize + " byte limit", ctx.normalizedPath(), null);
    }

    /**
     * A request target java.net.URI accepts (no '%' without two hex digits, no spaces or other
     * characters a URI may not hold) whose escapes are UTF-8. Quarkus's own check of the first part
     * is switched off (see GeofactsMain) so that this one answers with a problem.
     */
    static boolean isValidTarget(String target) {
        try {
            new URI(target);
        } catch (URISyntaxException e) {
            return false;
        }
        return PercentEncoding.isWellFormed(target);
    }

    private static Problem invalidUri(String instance) {
        return Problems.of(400, "invalid-uri", "Invalid URI",
                "the path or query holds a character a URI may not hold, a '%' that is not followed by two hex digits,"
                        + " or escapes that are not UTF-8", instance, null);
    }

    private static Problem missingHost(RoutingContext ctx) {
        return Problems.of(400, "missing-host", "Missing Host header", "the request has no Host header", instanceOf(ctx), null);
    }

    /** The request's path as sent (not decoded: it may not decode), cut short when it is long. */
    private static String instanceOf(RoutingContext ctx) {
        String path = ctx.request().path();
        return path.length() <= MAX_INSTANCE_LENGTH ? path : path.substring(0, MAX_INSTANCE_LENGTH) + "…";
    }

    /** Ends the exchange with a problem; for routes that decide before any endpoint runs. */
    public static void write(RoutingContext ctx, ObjectMapper mapper, Problem problem) {
        try {
            ctx.response().setStatusCode(problem.status())
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(mapper.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.fail(e);
        }
    }
}

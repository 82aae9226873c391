package org.geofacts.writes;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.geofacts.web.HttpLayerProblems;
import org.geofacts.web.Problems;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Which web pages may send writes. Browsers send an Origin header with every non-GET request:
 * the service's own pages (Swagger UI) write as themselves, other sites only when listed in
 * {@code geofacts.cors.write-origins}. Reads stay open to every origin (quarkus.http.cors.*), and
 * writes without an Origin (curl, servers, generated clients) are not a browser's and pass.
 *
 * <p>Tokens travel in the Authorization header, never in cookies, so this is not what stops
 * forged requests; it keeps a token pasted into one site from being used by scripts of another.
 */
@ApplicationScoped
public class WriteOrigins {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    private final Set<String> allowed;

    public WriteOrigins(@ConfigProperty(name = "geofacts.cors.write-origins") Optional<List<String>> allowed) {
        this.allowed = allowed.map(origins -> Set.copyOf(origins.stream().map(WriteOrigins::normalised).toList())).orElse(Set.of());
    }

    void register(@Observes Router router, ObjectMapper mapper) {
        router.route().order(Integer.MIN_VALUE + 1).handler(ctx -> {
            String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
            if (origin == null || READS.contains(ctx.request().method()) || mayWrite(origin, ctx)) {
                ctx.next();
                return;
            }
            HttpLayerProblems.write(ctx, mapper, Problems.of(403, "origin-not-allowed", "Origin not allowed",
                    "writes from pages of " + origin + " are not allowed; list the origin in GEOFACTS_CORS_WRITE_ORIGINS",
                    ctx.normalizedPath(), null));
        });
    }

    private boolean mayWrite(String origin, RoutingContext ctx) {
        String own = ctx.request().scheme() + "://" + ctx.request().getHeader(HttpHeaders.HOST);
        return normalised(origin).equals(normalised(own)) || allowed.contains(normalised(origin));
    }

    private static String normalised(String origin) {
        String lower = origin.trim().toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
    }
}

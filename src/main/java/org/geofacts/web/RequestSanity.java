package org.geofacts.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses NUL characters anywhere in the path or query before any endpoint runs: no id, name or
 * search term can contain one, and PostgreSQL rejects them in text. Bodies are checked where they
 * are validated.
 */
public class RequestSanity {

    @ServerRequestFilter(preMatching = true)
    public Response refuseNul(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(true);
        if (path.indexOf('\0') >= 0) {
            return Problems.response(400, "invalid-path", "Invalid path", "the path must not contain NUL characters",
                    request.getUriInfo().getRequestUri().getRawPath(), null);
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters(true).entrySet()) {
            boolean nul = parameter.getKey().indexOf('\0') >= 0 || parameter.getValue().stream().anyMatch(v -> v.indexOf('\0') >= 0);
            if (nul) {
                String name = parameter.getKey().replace("\0", "");
                return Problems.response(ProblemException.invalidParameter(name, "must not contain NUL characters"),
                        request.getUriInfo().getRequestUri().getRawPath());
            }
        }
        return null;
    }
}

package org.geofacts.web;

import java.util.List;

import jakarta.ws.rs.core.Response;

/** Builds problem+json responses; shared by the JAX-RS mappers and the HTTP-level fallbacks. */
public final class Problems {

    private Problems() {
    }

    public static Problem of(int status, String type, String title, String detail, String instance,
            List<Problem.InvalidField> errors) {
        return new Problem("/problems/" + type, title, status, detail, instance, errors, null, null);
    }

    /** The problem a service raised, answered at the given request path. */
    public static Response response(ProblemException e, String instance) {
        return Response.status(e.status())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("/problems/" + e.type(), e.title(), e.status(), e.getMessage(), instance, e.errors(),
                        e.references(), null))
                .build();
    }

    public static Response.ResponseBuilder builder(int status, String type, String title, String detail, String instance,
            List<Problem.InvalidField> errors) {
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(of(status, type, title, detail, instance, errors));
    }

    public static Response response(int status, String type, String title, String detail, String instance,
            List<Problem.InvalidField> errors) {
        return builder(status, type, title, detail, instance, errors).build();
    }
}

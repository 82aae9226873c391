package org.geofacts.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Predicate;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into an RFC 9457 problem. Details are written for clients: exception
 * messages from libraries are never copied into them, so no class name, stack trace or SQL leaks.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return Problems.response(e, uri.getPath());
    }

    @ServerExceptionMapper
    public Response notAllowed(NotAllowedException e, UriInfo uri) {
        Response.ResponseBuilder builder = Problems.builder(405, "method-not-allowed", "Method not allowed",
                "this resource does not support that method", uri.getPath(), null);
        String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JacksonException json) {
            return malformedJson(json, uri);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "request to %s failed", uri.getPath());
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "HTTP " + status : sentenceCase(known.getReasonPhrase());
        return Problems.response(status, slug(title), title, describe(status), uri.getPath(), null);
    }

    /** Declared for the exact types Quarkus has built-in mappers for, so this answer wins over theirs. */
    @ServerExceptionMapper({JacksonException.class, MismatchedInputException.class, UnrecognizedPropertyException.class,
            InvalidFormatException.class, JsonParseException.class})
    public Response malformedJson(JacksonException e, UriInfo uri) {
        return Problems.response(400, "malformed-body", "Malformed request body", JsonErrors.describe(e), uri.getPath(), null);
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthenticated(RuntimeException e, UriInfo uri) {
        return Problems.builder(401, "unauthenticated", "Unauthenticated",
                        "this operation needs a valid bearer token of a curator", uri.getPath(), null)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"geofacts\"").build();
    }

    @ServerExceptionMapper(ForbiddenException.class)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(403, "forbidden", "Forbidden", "this operation needs the role 'curator'", uri.getPath(), null);
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.InvalidField> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.InvalidField(fieldName(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        return Problems.response(400, "invalid-input", "Invalid input",
                errors.size() + " invalid field(s)", uri.getPath(), errors);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (lockBusy(e)) {
            LOG.warnf("gave up waiting for a lock while serving %s: %s", uri.getPath(), e.toString());
            return unavailable("another write is in progress; retry shortly", uri);
        }
        if (databaseUnavailable(e)) {
            LOG.warnf("database unavailable while serving %s: %s", uri.getPath(), e.toString());
            return unavailable("the database is unavailable; retry shortly", uri);
        }
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure on %s (incident %s)", uri.getPath(), incident);
        return Problems.response(500, "internal-error", "Internal error",
                "the server failed to answer; incident " + incident, uri.getPath(), null);
    }

    /** A 503 the client should retry after Retry-After; the detail says why. */
    private static Response unavailable(String detail, UriInfo uri) {
        return Problems.builder(503, "unavailable", "Service unavailable", detail, uri.getPath(), null)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    /**
     * A lost or refused connection, no free connection in time, a database that refuses new
     * sessions or a statement cancelled by its timeout: the client should retry.
     */
    private static boolean databaseUnavailable(Throwable e) {
        return anyCause(e, t -> t instanceof java.sql.SQLTransientConnectionException || t instanceof java.net.ConnectException
                || t instanceof java.net.SocketTimeoutException
                || t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof org.hibernate.QueryTimeoutException
                || (t instanceof java.sql.SQLException sql && unavailableState(sql)));
    }

    private static boolean anyCause(Throwable e, Predicate<Throwable> test) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (test.test(t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lock_timeout ran out (SQLSTATE 55P03, lock_not_available): this write waited for the one
     * held by another write. The database is fine, so the client is told what really happened.
     */
    private static boolean lockBusy(Throwable e) {
        return anyCause(e, t -> t instanceof java.sql.SQLException sql && "55P03".equals(sql.getSQLState()));
    }

    private static boolean unavailableState(java.sql.SQLException e) {
        String state = e.getSQLState();
        if (state == null) {
            // Agroal reports an exhausted pool without a SQLState.
            return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout");
        }
        // 08: connection exception; 57: operator intervention (query_canceled by statement_timeout,
        // admin_shutdown, cannot_connect_now); 55000: database not accepting connections.
        return state.startsWith("08") || state.startsWith("57") || state.equals("55000") || state.equals("53300");
    }

    private static String fieldName(ConstraintViolation<?> violation) {
        String last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            last = node.getName();
        }
        return last == null ? "" : last.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** "Unsupported Media Type" as "Unsupported media type", like every other problem title. */
    private static String sentenceCase(String reasonPhrase) {
        return reasonPhrase.isEmpty() ? reasonPhrase : reasonPhrase.charAt(0) + reasonPhrase.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String slug(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    private static String describe(int status) {
        return switch (status) {
            case 404 -> "no resource at this path";
            case 406 -> "none of the media types in Accept can be produced here";
            case 413 -> "the request body is too large";
            case 415 -> "this operation does not accept that Content-Type";
            default -> "the request could not be completed";
        };
    }
}

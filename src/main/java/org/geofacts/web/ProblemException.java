package org.geofacts.web;

import java.util.List;
import java.util.Map;

/** Thrown by services to end a request with a specific problem; mapped to problem+json. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.InvalidField> errors;
    private final Map<String, Long> references;

    public ProblemException(int status, String type, String title, String detail, List<Problem.InvalidField> errors) {
        this(status, type, title, detail, errors, null);
    }

    private ProblemException(int status, String type, String title, String detail, List<Problem.InvalidField> errors,
            Map<String, Long> references) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
        this.references = references;
    }

    /** 409 for creating something whose id is taken. */
    public static ProblemException alreadyExists(String detail) {
        return new ProblemException(409, "already-exists", "Already exists", detail, null);
    }

    /** 409 for deleting something other facts still refer to; {@code references} counts them by kind. */
    public static ProblemException stillReferenced(String detail, Map<String, Long> references) {
        return new ProblemException(409, "still-referenced", "Still referenced", detail, null, references);
    }

    /** 422 for an edit the importer refused, one entry per problem. */
    public static ProblemException invalidEdit(String detail, List<Problem.InvalidField> errors) {
        return new ProblemException(422, "invalid-edit", "Invalid edit", detail, errors);
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(404, "not-found", "Not found", "no " + what + " with id '" + id + "'", null);
    }

    public static ProblemException missingBody() {
        return new ProblemException(400, "malformed-body", "Malformed request body", "a JSON body is required", null);
    }

    public static ProblemException invalidParameter(String parameter, String message) {
        return new ProblemException(400, "invalid-parameter", "Invalid parameter", parameter + ": " + message,
                List.of(new Problem.InvalidField(parameter, message)));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.InvalidField> errors() {
        return errors;
    }

    public Map<String, Long> references() {
        return references;
    }
}

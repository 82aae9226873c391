package org.geofacts.common;

import java.util.List;

/** Thrown by services to end a request with a specific problem; mapped to problem+json. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.InvalidField> errors;

    public ProblemException(int status, String type, String title, String detail, List<Problem.InvalidField> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors;
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
}

package org.geofacts.web;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail: the body of every 4xx and 5xx answer. */
@Schema(name = "Problem", description = "RFC 9457 problem detail (media type application/problem+json).")
public record Problem(
        @Schema(required = true, description = "URI reference identifying the problem type.", example = "/problems/invalid-parameter") String type,
        @Schema(required = true, example = "Invalid parameter") String title,
        @Schema(required = true, example = "400") int status,
        @Schema(required = true, example = "limit must be between 1 and 100") String detail,
        @Schema(required = true, description = "The request path this problem occurred on.", example = "/quotes") String instance,
        @Schema(description = "One entry per invalid input, when the problem is about input.") List<InvalidField> errors,
        @Schema(description = "On a refused delete (409): how many facts of each kind still refer to the resource, "
                + "such as {\"claims\": 12, \"relations\": 9}.") Map<String, Long> references,
        @Schema(description = "How many inputs are invalid in all, when there are more than the " + Problem.MAX_LISTED
                + " that `errors` lists.", example = "500002") Integer errorCount) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A bundle of 100,000 empty entries has half a million problems: the answer lists the first ones and counts all. */
    public static final int MAX_LISTED = 100;

    public Problem {
        if (errors != null && errors.size() > MAX_LISTED) {
            errorCount = errors.size();
            errors = List.copyOf(errors.subList(0, MAX_LISTED));
        }
    }

    /** Names the input at fault: a query parameter, a header or a JSON pointer into the body. */
    @Schema(name = "InvalidField")
    public record InvalidField(
            @Schema(required = true, example = "limit") String field,
            @Schema(required = true, example = "must be between 1 and 100") String message) {
    }
}

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
                + "such as {\"claims\": 12, \"relations\": 9}.") Map<String, Long> references) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** Names the input at fault: a query parameter, a header or a JSON pointer into the body. */
    @Schema(name = "InvalidField")
    public record InvalidField(
            @Schema(required = true, example = "limit") String field,
            @Schema(required = true, example = "must be between 1 and 100") String message) {
    }
}

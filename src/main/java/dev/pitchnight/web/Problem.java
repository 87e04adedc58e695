package dev.pitchnight.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/**
 * An RFC 9457 problem detail, the body of every error on {@code /api}.
 *
 * @param type     a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title    short summary of the kind of problem, the same for every occurrence
 * @param status   the HTTP status code
 * @param detail   what went wrong this time, for a person to read
 * @param instance the request path it happened on
 * @param errors   per-field messages for invalid input, when there are any
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      Map<String, String> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** A response carrying this problem, serialized here so no writer lookup can fail it. */
    public Response.ResponseBuilder toResponse(ObjectMapper json) {
        try {
            return Response.status(status).type(MEDIA_TYPE).entity(json.writeValueAsString(this));
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

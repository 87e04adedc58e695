package dev.pitchnight.web;

import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Map;

/**
 * A rule said no: the request was understood but cannot be done (sold out, RSVPs closed, not
 * yours). Services throw it; {@link ErrorMapper} answers with its status and words, as
 * problem+json on {@code /api} and as a friendly page elsewhere. Nothing was written.
 */
public class Refusal extends RuntimeException {

    private final Response.Status status;
    private final String title;
    private final Map<String, String> fieldErrors;
    private final Duration retryAfter;

    public Refusal(Response.Status status, String title, String detail, Map<String, String> fieldErrors) {
        this(status, title, detail, fieldErrors, null);
    }

    private Refusal(Response.Status status, String title, String detail, Map<String, String> fieldErrors, Duration retryAfter) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.fieldErrors = fieldErrors == null ? Map.of() : Map.copyOf(fieldErrors);
        this.retryAfter = retryAfter;
    }

    /** 429: too many in too short a time; the answer's Retry-After says when the next one will be taken. */
    public static Refusal tooMany(String title, String detail, Duration retryAfter) {
        return new Refusal(Response.Status.TOO_MANY_REQUESTS, title, detail, null, retryAfter);
    }

    /** 409: the state of things does not allow it now. */
    public static Refusal conflict(String title, String detail) {
        return new Refusal(Response.Status.CONFLICT, title, detail, null);
    }

    /** 404: there is no such thing (or the caller may not know it exists). */
    public static Refusal notFound(String detail) {
        return new Refusal(Response.Status.NOT_FOUND, "Not found", detail, null);
    }

    /** 403: it exists, and it is not the caller's to change. */
    public static Refusal forbidden(String detail) {
        return new Refusal(Response.Status.FORBIDDEN, "Not allowed", detail, null);
    }

    /** 400: one field's value breaks a rule. */
    public static Refusal invalid(String field, String message) {
        return new Refusal(Response.Status.BAD_REQUEST, "Invalid input", field + ": " + message, Map.of(field, message));
    }

    public Response.Status status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** When to try again, or null when trying again will not help by itself. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** {@link #retryAfter()} as the whole seconds of a Retry-After header, rounded up, at least 1. */
    public static long seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }
}

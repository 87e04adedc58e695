package dev.pitchnight.qa;

import dev.pitchnight.web.Refusal;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@link Refusal}s in the words of questions and the award vote, picked from {@link QaMessages}: e.g.
 * {@code QaRefusals.conflict(m -> m.some_title(), m -> m.some_detail(...))}. Words every feature
 * shares (no such night, "is required") still come from {@link Refusal} itself.
 */
final class QaRefusals {

    /** Words from {@link QaMessages}, resolved in the reader's language. */
    @FunctionalInterface
    interface Words extends Function<QaMessages, String>, Refusal.Text {
        @Override
        default String in(Locale locale) {
            return apply(Refusal.messages(QaMessages.class, locale));
        }
    }

    private QaRefusals() {
    }

    /** 409: the state of things does not allow it now. */
    static Refusal conflict(Words title, Words detail) {
        return new Refusal(Response.Status.CONFLICT, title, detail, null);
    }

    /** 404: there is no such thing (or the caller may not know it exists). */
    static Refusal notFound(Words detail) {
        return new Refusal(Response.Status.NOT_FOUND, Refusal.NOT_FOUND, detail, null);
    }

    /** 403: it exists, and it is not the caller's to see or change. */
    static Refusal forbidden(Words detail) {
        return new Refusal(Response.Status.FORBIDDEN, Refusal.NOT_ALLOWED, detail, null);
    }

    /** 400: one field's value breaks a rule; the detail reads "field: message". */
    static Refusal invalid(String field, Words message) {
        return Refusal.invalid(Map.of(field, message));
    }

    /** 429: too many in too short a time; Retry-After says when the next one will be taken. */
    static Refusal tooMany(Words title, Words detail, Duration retryAfter) {
        return Refusal.tooMany((Refusal.Text) title, detail, retryAfter);
    }
}

package dev.pitchnight.live;

import dev.pitchnight.web.Refusal;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@link Refusal}s in the words of the live night, picked from {@link LiveMessages}: e.g.
 * {@code LiveRefusals.conflict(m -> m.some_title(), m -> m.some_detail(...))}. Words every feature
 * shares (no such night, "is required") still come from {@link Refusal} itself.
 */
final class LiveRefusals {

    /** Words from {@link LiveMessages}, resolved in the reader's language. */
    @FunctionalInterface
    interface Words extends Function<LiveMessages, String>, Refusal.Text {
        @Override
        default String in(Locale locale) {
            return apply(Refusal.messages(LiveMessages.class, locale));
        }
    }

    private LiveRefusals() {
    }

    /** 409: the state of things does not allow it now. */
    static Refusal conflict(Words title, Words detail) {
        return new Refusal(Response.Status.CONFLICT, title, detail, null);
    }

    /** 404: there is no such thing (or the caller may not know it exists). */
    static Refusal notFound(Words detail) {
        return new Refusal(Response.Status.NOT_FOUND, Refusal.NOT_FOUND, detail, null);
    }

    /** 400: one field's value breaks a rule; the detail reads "field: message". */
    static Refusal invalid(String field, Words message) {
        return Refusal.invalid(Map.of(field, message));
    }
}

package dev.pitchnight.pitch;

import dev.pitchnight.web.Refusal;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * {@link Refusal}s in the pitch feature's words: the same factories, with the messages picked
 * from {@link PitchRefusalMessages}, e.g. {@code PitchRefusals.conflict(m -> m.call_closed_title(),
 * m -> m.call_closed(event.title))}. Shared words (no such night) still come from
 * {@link Refusal} itself.
 */
final class PitchRefusals {

    /** Words from {@link PitchRefusalMessages}, resolved in the reader's language. */
    @FunctionalInterface
    interface Words extends Function<PitchRefusalMessages, String>, Refusal.Text {
        @Override
        default String in(Locale locale) {
            return apply(Refusal.messages(PitchRefusalMessages.class, locale));
        }
    }

    private PitchRefusals() {
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

    /** 400: fields break rules, summed up in one sentence (a form that marks each field). */
    static Refusal invalid(Words detail, Map<String, Words> fieldErrors) {
        return new Refusal(Response.Status.BAD_REQUEST, Refusal.INVALID_INPUT, detail, fieldErrors);
    }

    /** 413: a file over the size limit; the detail reads "field: detail". */
    static Refusal tooLarge(String field, Words detail, Words message) {
        return new Refusal(Response.Status.REQUEST_ENTITY_TOO_LARGE, (Words) m -> m.deck_too_large_title(),
                locale -> field + ": " + detail.in(locale), Map.of(field, message));
    }
}

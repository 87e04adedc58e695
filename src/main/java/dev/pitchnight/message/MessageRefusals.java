package dev.pitchnight.message;

import dev.pitchnight.web.Refusal;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** {@link Refusal}s in the messages feature's words ({@link MessageWords}). */
final class MessageRefusals {

    @FunctionalInterface
    interface Words extends Function<MessageWords, String>, Refusal.Text {
        @Override
        default String in(Locale locale) {
            return apply(Refusal.messages(MessageWords.class, locale));
        }
    }

    private MessageRefusals() {
    }

    /** 400: fields break rules, summed up in one sentence (the form marks each field). */
    static Refusal invalid(Map<String, Words> fieldErrors) {
        return new Refusal(Response.Status.BAD_REQUEST, Refusal.INVALID_INPUT, (Words) m -> m.check_marked_fields(), fieldErrors);
    }

    /** 409: the night is not in a state to write to its people. */
    static Refusal conflict(Words title, Words detail) {
        return new Refusal(Response.Status.CONFLICT, title, detail, null);
    }

    /** 429 with Retry-After. */
    static Refusal tooMany(Words title, Words detail, Duration retryAfter) {
        return Refusal.tooMany(title, detail, retryAfter);
    }
}

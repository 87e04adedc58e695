package dev.pitchnight.privacy;

import dev.pitchnight.web.Refusal;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** {@link Refusal}s in the privacy feature's words, from {@link PrivacyMessages}. */
final class PrivacyRefusals {

    @FunctionalInterface
    interface Words extends Function<PrivacyMessages, String>, Refusal.Text {
        @Override
        default String in(Locale locale) {
            return apply(Refusal.messages(PrivacyMessages.class, locale));
        }
    }

    private PrivacyRefusals() {
    }

    /** 409: the state of things does not allow it now. */
    static Refusal conflict(Words title, Words detail) {
        return new Refusal(Response.Status.CONFLICT, title, detail, null);
    }

    /** 400: one field's value breaks a rule. */
    static Refusal invalid(String field, Words detail, Words message) {
        return new Refusal(Response.Status.BAD_REQUEST, Refusal.INVALID_INPUT, detail, Map.of(field, message));
    }
}

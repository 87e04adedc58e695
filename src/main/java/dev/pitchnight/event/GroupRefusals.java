package dev.pitchnight.event;

import dev.pitchnight.web.Refusal;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** {@link Refusal}s in the groups' own words ({@link GroupMessages}); shared words still come from {@link Refusal}. */
final class GroupRefusals {

    @FunctionalInterface
    interface Words extends Function<GroupMessages, String>, Refusal.Text {
        @Override
        default String in(Locale locale) {
            return apply(Refusal.messages(GroupMessages.class, locale));
        }
    }

    private GroupRefusals() {
    }

    static Refusal conflict(Words title, Words detail) {
        return new Refusal(Response.Status.CONFLICT, title, detail, null);
    }

    static Refusal forbidden(Words detail) {
        return new Refusal(Response.Status.FORBIDDEN, Refusal.NOT_ALLOWED, detail, null);
    }

    /** 400: one field's value breaks a rule. */
    static Refusal invalid(String field, Words message) {
        return Refusal.invalid(Map.of(field, message));
    }

    static Refusal invalid(Map<String, ? extends Refusal.Text> fieldErrors) {
        return Refusal.invalid(fieldErrors);
    }
}

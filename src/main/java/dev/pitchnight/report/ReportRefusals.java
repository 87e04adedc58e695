package dev.pitchnight.report;

import dev.pitchnight.web.Refusal;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.function.Function;

/**
 * {@link Refusal}s in the words of startup reports, picked from {@link ReportMessages}: e.g.
 * {@code ReportRefusals.conflict(m -> m.some_title(), m -> m.some_detail(...))}. Words every feature
 * shares (no such night, "is required") still come from {@link Refusal} itself.
 */
final class ReportRefusals {

    /** Words from {@link ReportMessages}, resolved in the reader's language. */
    @FunctionalInterface
    interface Words extends Function<ReportMessages, String>, Refusal.Text {
        @Override
        default String in(Locale locale) {
            return apply(Refusal.messages(ReportMessages.class, locale));
        }
    }

    private ReportRefusals() {
    }

    /** 409: the state of things does not allow it now. */
    static Refusal conflict(Words title, Words detail) {
        return new Refusal(Response.Status.CONFLICT, title, detail, null);
    }

    /** 409 under a shared title, e.g. {@link Refusal#NIGHT_CANCELLED}. */
    static Refusal conflict(Refusal.Text title, Words detail) {
        return new Refusal(Response.Status.CONFLICT, title, detail, null);
    }

    /** 404: there is no such thing (or the caller may not know it exists). */
    static Refusal notFound(Words detail) {
        return new Refusal(Response.Status.NOT_FOUND, Refusal.NOT_FOUND, detail, null);
    }
}

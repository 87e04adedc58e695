package dev.pitchnight.web;

import dev.pitchnight.i18n.Languages;
import dev.pitchnight.i18n.TemplateLanguage;
import io.quarkus.arc.Arc;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A rule said no: the request was understood but cannot be done (sold out, RSVPs closed, not
 * yours). Services throw it; {@link ErrorMapper} answers with its status and words, as
 * problem+json on {@code /api} and as a friendly page elsewhere. Nothing was written.
 *
 * <p>Its words are messages, not sentences: {@code RsvpRefusals.conflict(m -> m.rsvp_sold_out_title(),
 * m -> m.rsvp_sold_out_no_waitlist())} in the rsvp feature picks them from its own bundle
 * ({@code rsvp/RsvpMessages}, through {@code rsvp/RsvpRefusals}); words every feature shares come
 * from {@link RefusalMessages} ({@code Refusal.notFound(m -> m.no_such_night(id))}). The compiler
 * checks every key. They are
 * written in every language when the refusal is made, and each reader gets theirs:
 * {@link #title(Locale)}, {@link #detail(Locale)}, {@link #fieldErrors(Locale)}.
 * {@link #getMessage()} is the English detail, for logs.
 */
public class Refusal extends RuntimeException {

    /** A text in any language Pitchnight speaks. */
    @FunctionalInterface
    public interface Text {
        String in(Locale locale);
    }

    /** Words from {@link RefusalMessages}, e.g. {@code m -> m.no_such_night(id)}. */
    @FunctionalInterface
    public interface Words extends Function<RefusalMessages, String>, Text {
        @Override
        default String in(Locale locale) {
            return apply(messages(RefusalMessages.class, locale));
        }
    }

    public static final Words NOT_FOUND = m -> m.not_found_title();
    public static final Words NOT_ALLOWED = m -> m.not_allowed_title();
    public static final Words INVALID_INPUT = m -> m.invalid_input_title();
    /** The title of any refusal because the night was cancelled; the feature words the detail. */
    public static final Words NIGHT_CANCELLED = m -> m.night_cancelled_title();

    private final Response.Status status;
    private final Text title;
    private final Text detail;
    private final Map<String, Text> fieldErrors;
    private final Duration retryAfter;

    public Refusal(Response.Status status, Text title, Text detail, Map<String, ? extends Text> fieldErrors) {
        this(status, title, detail, fieldErrors, null);
    }

    private Refusal(Response.Status status, Text title, Text detail, Map<String, ? extends Text> fieldErrors, Duration retryAfter) {
        super(null, null, false, false);
        this.retryAfter = retryAfter;
        this.status = status;
        this.title = settled(title);
        this.detail = settled(detail);
        Map<String, Text> errors = new LinkedHashMap<>();
        if (fieldErrors != null) {
            fieldErrors.forEach((field, message) -> errors.put(field, settled(message)));
        }
        this.fieldErrors = Collections.unmodifiableMap(errors);
    }

    /**
     * The words in every language, worked out now: the lambdas read the state of things at the
     * moment of refusal (an entity's title, a count), while the session is still open, and not
     * later when the mapper renders them. Without a running application (plain unit tests) they
     * are worked out when asked.
     */
    private static Text settled(Text text) {
        if (Arc.container() == null || !Arc.container().isRunning()) {
            return text;
        }
        Map<Locale, String> words = new HashMap<>();
        for (Locale language : Languages.SUPPORTED) {
            words.put(language, TemplateLanguage.speaking(language, () -> text.in(language)));
        }
        return locale -> words.get(Languages.of(locale));
    }

    /** A refusal with any status. */
    public static Refusal of(Response.Status status, Words title, Words detail) {
        return new Refusal(status, title, detail, null);
    }

    /** 429: too many in too short a time; the answer's Retry-After says when the next one will be taken. */
    public static Refusal tooMany(Words title, Words detail, Duration retryAfter) {
        return new Refusal(Response.Status.TOO_MANY_REQUESTS, title, detail, null, retryAfter);
    }

    /** 429 in a feature's own words (its {@code Refusals} class passes them). */
    public static Refusal tooMany(Text title, Text detail, Duration retryAfter) {
        return new Refusal(Response.Status.TOO_MANY_REQUESTS, title, detail, null, retryAfter);
    }

    /** 409: the state of things does not allow it now. */
    public static Refusal conflict(Words title, Words detail) {
        return new Refusal(Response.Status.CONFLICT, title, detail, null);
    }

    /** 404: there is no such thing (or the caller may not know it exists). */
    public static Refusal notFound(Words detail) {
        return new Refusal(Response.Status.NOT_FOUND, NOT_FOUND, detail, null);
    }

    /** 403: it exists, and it is not the caller's to change. */
    public static Refusal forbidden(Words detail) {
        return new Refusal(Response.Status.FORBIDDEN, NOT_ALLOWED, detail, null);
    }

    /** 400: one field's value breaks a rule; the detail reads "field: message". */
    public static Refusal invalid(String field, Words message) {
        return invalid(Map.of(field, message));
    }

    /** 400: fields break rules; the detail lists them all, "field: message; other: message". */
    public static Refusal invalid(Map<String, ? extends Text> fieldErrors) {
        Map<String, Text> errors = new LinkedHashMap<>(fieldErrors);
        return new Refusal(Response.Status.BAD_REQUEST, INVALID_INPUT, locale -> errors.entrySet().stream()
                .map(error -> error.getKey() + ": " + error.getValue().in(locale))
                .collect(Collectors.joining("; ")), errors);
    }

    /** 400: fields break rules, summed up in one sentence (a form that marks each field). */
    public static Refusal invalid(Words detail, Map<String, ? extends Text> fieldErrors) {
        return new Refusal(Response.Status.BAD_REQUEST, INVALID_INPUT, detail, fieldErrors);
    }

    public Response.Status status() {
        return status;
    }

    public String title(Locale locale) {
        return title.in(locale);
    }

    public String detail(Locale locale) {
        return detail.in(locale);
    }

    /** Field name → message, in the order the rules found them. */
    public Map<String, String> fieldErrors(Locale locale) {
        Map<String, String> resolved = new LinkedHashMap<>();
        fieldErrors.forEach((field, message) -> resolved.put(field, message.in(locale)));
        return resolved;
    }

    /** Field name → message in any language, e.g. to merge the findings of several rules. */
    public Map<String, Text> fieldErrors() {
        return fieldErrors;
    }

    /** The English detail: for logs and stack traces, never for a reader (see {@link #detail(Locale)}). */
    @Override
    public String getMessage() {
        return detail(Languages.ENGLISH);
    }

    /** A message bundle in a language Pitchnight speaks (English for any other). */
    public static <B> B messages(Class<B> bundle, Locale locale) {
        Locale language = Languages.of(locale);
        return language.equals(Languages.ENGLISH) ? MessageBundles.get(bundle)
                : MessageBundles.get(bundle, Localized.Literal.of(language.toLanguageTag()));
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

package dev.pitchnight.i18n;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Pitchnight speaks and how one is chosen for a request: a choice the person made
 * with the switch (the {@value #COOKIE} cookie) wins; otherwise the browser's Accept-Language
 * decides; otherwise English.
 */
public final class Languages {

    /** Holds "en" or "de" once the person used the language switch. */
    public static final String COOKIE = "pitchnight-lang";

    /** A year, in seconds: the choice is remembered that long. */
    public static final int COOKIE_AGE = 365 * 24 * 60 * 60;

    public static final Locale ENGLISH = Locale.ENGLISH;

    public static final Locale GERMAN = Locale.GERMAN;

    /** In the order the switch lists them; the first is the fallback. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, GERMAN);

    private Languages() {
    }

    /** "de", "de-AT" → German; "en-US" → English; anything else → empty. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank() || tag.length() > 35) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage();
        return SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst();
    }

    /** The language for a request, from the switch's cookie and the Accept-Language header. */
    public static Locale choose(String cookie, String acceptLanguage) {
        Optional<Locale> chosen = supported(cookie);
        if (chosen.isPresent()) {
            return chosen.get();
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
                for (Locale.LanguageRange range : ranges) {
                    if (range.getWeight() > 0) {
                        Optional<Locale> match = supported(range.getRange());
                        if (match.isPresent()) {
                            return match.get();
                        }
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // A header no browser sends: fall back to English like for a missing one.
            }
        }
        return ENGLISH;
    }

    /** The language of an HTTP request as such, where no request scope runs yet (early Vert.x handlers). */
    public static Locale ofRequest(HttpServerRequest request) {
        Cookie cookie = request.getCookie(COOKIE);
        return choose(cookie == null ? null : cookie.getValue(), request.getHeader("Accept-Language"));
    }

    /** For a locale attribute that may be a Locale, a tag, or missing. */
    public static Locale of(Object value) {
        if (value instanceof Locale locale) {
            return supported(locale.toLanguageTag()).orElse(ENGLISH);
        }
        return supported(value == null ? null : value.toString()).orElse(ENGLISH);
    }
}

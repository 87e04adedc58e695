package dev.pitchnight.i18n;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who speaks which language, for work done away from their request: the RSVP desk applies many
 * people's requests on its own thread, and each person's mail should still be in the language
 * they used on the site. The desk names them here for the duration of its transaction.
 */
public final class Speakers {

    private static final ThreadLocal<Map<String, Locale>> KNOWN = new ThreadLocal<>();

    private Speakers() {
    }

    /** Runs {@code work} knowing these people's languages (user name → locale). */
    public static <T> T with(Map<String, Locale> speakers, Supplier<T> work) {
        Map<String, Locale> before = KNOWN.get();
        KNOWN.set(Map.copyOf(speakers));
        try {
            return work.get();
        } finally {
            if (before == null) {
                KNOWN.remove();
            } else {
                KNOWN.set(before);
            }
        }
    }

    /** The language this person used, if the current work knows it. */
    public static Optional<Locale> of(String username) {
        Map<String, Locale> known = KNOWN.get();
        return known == null || username == null ? Optional.empty() : Optional.ofNullable(known.get(username));
    }
}

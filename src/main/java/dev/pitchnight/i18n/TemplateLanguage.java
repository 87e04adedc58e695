package dev.pitchnight.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Gives every template rendered for a request the request's language: message bundles
 * ({@code msg:}, {@code pitchmsg:}, ...) and the date formats read the {@code locale} attribute.
 * Outside a request (scheduled jobs) templates stay English; mails set their own locale.
 */
@ApplicationScoped
public class TemplateLanguage implements TemplateInstance.Initializer {

    /** A language that work on this thread asked for explicitly (see {@link #speaking}). */
    private static final ThreadLocal<Locale> SPEAKING = new ThreadLocal<>();

    @Inject
    RequestLanguage language;

    /**
     * Runs {@code work} with every template in {@code locale}, whatever the request's language:
     * a refusal writes its words in each language at once, and an English message bundle sets no
     * locale of its own, so its times would otherwise follow the request's.
     */
    public static <T> T speaking(Locale locale, Supplier<T> work) {
        Locale before = SPEAKING.get();
        SPEAKING.set(locale);
        try {
            return work.get();
        } finally {
            if (before == null) {
                SPEAKING.remove();
            } else {
                SPEAKING.set(before);
            }
        }
    }

    /** Quarkus builds the Qute engine once at start; this joins every template instance it creates. */
    void register(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        if (SPEAKING.get() != null) {
            instance.setLocale(SPEAKING.get());
        } else if (Arc.container().requestContext().isActive()) {
            instance.setLocale(language.locale());
        }
    }
}

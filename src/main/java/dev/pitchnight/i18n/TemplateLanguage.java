package dev.pitchnight.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Gives every template rendered for a request the request's language: message bundles
 * ({@code msg:}, {@code pitchmsg:}, ...) and the date formats read the {@code locale} attribute.
 * Outside a request (scheduled jobs) templates stay English; mails set their own locale.
 */
@ApplicationScoped
public class TemplateLanguage implements TemplateInstance.Initializer {

    @Inject
    RequestLanguage language;

    /** Quarkus builds the Qute engine once at start; this joins every template instance it creates. */
    void register(@Observes EngineBuilder engine) {
        engine.addTemplateInstanceInitializer(this);
    }

    @Override
    public void accept(TemplateInstance instance) {
        if (Arc.container().requestContext().isActive()) {
            instance.setLocale(language.locale());
        }
    }
}

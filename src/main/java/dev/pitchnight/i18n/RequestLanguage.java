package dev.pitchnight.i18n;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The language of the current request (see {@link Languages#choose}). Pages reach it as
 * {@code inject:lang}: {@code <html lang="{inject:lang.tag}">} and the switch in the footer.
 */
@Named("lang")
@RequestScoped
public class RequestLanguage {

    @Inject
    CurrentVertxRequest current;

    private Locale locale;

    public Locale locale() {
        if (locale == null) {
            HttpServerRequest request = request();
            if (request == null) {
                locale = Languages.ENGLISH;
            } else {
                locale = Languages.ofRequest(request);
            }
        }
        return locale;
    }

    /** "en" or "de", for {@code <html lang>}. */
    public String tag() {
        return locale().toLanguageTag();
    }

    public boolean german() {
        return locale().equals(Languages.GERMAN);
    }

    /** The switch's link to the other language, leading back to this page. */
    public String switchTo(String tag) {
        HttpServerRequest request = request();
        String back = request == null ? "/" : request.uri();
        return "/language?lang=" + tag + "&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
    }

    private HttpServerRequest request() {
        RoutingContext context = current == null ? null : current.getCurrent();
        return context == null ? null : context.request();
    }
}

package dev.pitchnight.web;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestQuery;
import dev.pitchnight.i18n.Languages;

/**
 * The language switch: {@code /language?lang=de&back=/events/7} remembers the choice in a cookie
 * for a year and leads back to the page. A plain link (no form, so no CSRF token that a cached
 * page would share between visitors); all it can change is the language of one's own pages.
 */
@Path("/language")
public class LanguageResource {

    private final boolean forceSecure;

    @Inject
    public LanguageResource(SiteConfig site) {
        this(site.cookies().forceSecure());
    }

    public LanguageResource(boolean forceSecure) {
        this.forceSecure = forceSecure;
    }

    @GET
    @PermitAll
    public Response choose(@RestQuery String lang, @RestQuery String back, @Context HttpServerRequest request) {
        Locale locale = Languages.supported(lang)
                .filter(chosen -> chosen.getLanguage().equals(lang == null ? "" : lang.strip()))
                .orElseThrow(() -> Refusal.invalid("lang", m -> m.language_unknown()));
        NewCookie cookie = new NewCookie.Builder(Languages.COOKIE)
                .value(locale.getLanguage())
                .path("/")
                .maxAge(Languages.COOKIE_AGE)
                .sameSite(NewCookie.SameSite.LAX)
                // Only the server reads it; Secure over HTTPS (the scheme a trusted proxy reports) and in production.
                .httpOnly(true)
                .secure(forceSecure || "https".equals(request.scheme()))
                .build();
        return Response.seeOther(URI.create(safeBack(back))).cookie(cookie).build();
    }

    /** Only a path on this site: never an open redirect to somebody else's. */
    static String safeBack(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.startsWith("/\\")
                || back.length() > 2000 || back.chars().anyMatch(c -> c < 0x21 || c == '\\')) {
            return "/";
        }
        try {
            URI uri = URI.create(back);
            return uri.getHost() == null && uri.getScheme() == null ? back : "/";
        } catch (IllegalArgumentException notAPath) {
            return "/";
        }
    }
}

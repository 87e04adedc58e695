package dev.pitchnight.i18n;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

/**
 * Pages depend on the language, so a shared cache between us and the browser must not hand a
 * German page to an English reader: HTML answers vary by Accept-Language and the switch's cookie,
 * and say which language they are in.
 */
@Provider
public class LanguageVary implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        if (type != null && type.isCompatible(MediaType.TEXT_HTML_TYPE)) {
            response.getHeaders().add("Vary", "Accept-Language, Cookie");
            String cookie = request.getCookies().containsKey(Languages.COOKIE)
                    ? request.getCookies().get(Languages.COOKIE).getValue() : null;
            response.getHeaders().putSingle("Content-Language",
                    Languages.choose(cookie, request.getHeaderString("Accept-Language")).toLanguageTag());
        }
    }
}

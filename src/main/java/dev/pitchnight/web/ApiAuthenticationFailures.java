package dev.pitchnight.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitchnight.i18n.Languages;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/**
 * A bearer token that is forged, expired or malformed fails before any resource runs
 * (proactive authentication). Under {@code /api} the caller gets a problem+json 401 that says
 * so, instead of an empty body; pages keep the sign-in mechanism's own answer.
 */
@ApplicationScoped
public class ApiAuthenticationFailures {

    @Inject
    ObjectMapper json;

    void register(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.failure() instanceof AuthenticationFailedException && !context.response().ended()) {
                Response answer = response(context.request().path(), json, Languages.ofRequest(context.request()));
                context.response().setStatusCode(answer.getStatus())
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.WWW_AUTHENTICATE, answer.getHeaderString(HttpHeaders.WWW_AUTHENTICATE))
                        .end((String) answer.getEntity());
            } else {
                context.next();
            }
        });
    }

    /** The 401 in the caller's language (the switch's cookie, else Accept-Language). */
    static Response response(String path, ObjectMapper json, Locale language) {
        RefusalMessages words = Refusal.messages(RefusalMessages.class, language);
        return new Problem("about:blank", words.not_signed_in_title(), 401, words.bearer_token_invalid(), path, null).toResponse(json)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"pitchnight\", error=\"invalid_token\"").build();
    }
}

package dev.pitchnight.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.security.AuthenticationFailedException;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * A bearer token that is forged, expired or malformed fails before any resource runs
 * (proactive authentication). Under {@code /api} the caller gets a problem+json 401 that says
 * so, instead of an empty body; pages keep the sign-in mechanism's own answer.
 */
@ApplicationScoped
public class ApiAuthenticationFailures {

    static final String DETAIL = "The bearer token is not valid: it is malformed, expired, or not signed by Pitchnight's Keycloak.";

    @Inject
    ObjectMapper json;

    void register(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).failureHandler(context -> {
            if (context.failure() instanceof AuthenticationFailedException && !context.response().ended()) {
                Response answer = response(context.request().path(), json);
                context.response().setStatusCode(answer.getStatus())
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.WWW_AUTHENTICATE, answer.getHeaderString(HttpHeaders.WWW_AUTHENTICATE))
                        .end((String) answer.getEntity());
            } else {
                context.next();
            }
        });
    }

    static Response response(String path, ObjectMapper json) {
        return new Problem("about:blank", "Not signed in", 401, DETAIL, path, null).toResponse(json)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"pitchnight\", error=\"invalid_token\"").build();
    }
}

package dev.pitchnight.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitchnight.i18n.Languages;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body over {@code quarkus.http.limits.max-body-size} is refused by the HTTP layer before any
 * resource runs, with a bare 413. This says why, in the same words on both sides: problem+json
 * under {@code /api}, the friendly error page elsewhere.
 */
@ApplicationScoped
public class OversizedBodies {

    @Inject
    ObjectMapper json;

    /** As configured ("10M"), for the message. */
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    String configured;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    void register(@Observes Router router) {
        // A declared length over the limit: answer before Quarkus' own check (which ends with an empty 413).
        router.route().order(Integer.MIN_VALUE + 1).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && length.chars().allMatch(Character::isDigit) && !length.isEmpty()
                    && (length.length() > 18 || Long.parseLong(length) > limit.asLongValue())) {
                context.response().putHeader(HttpHeaders.CONNECTION, "close");
                refuse(context);
            } else {
                context.next();
            }
        });
        // A body without a declared length that grows over the limit while it is read.
        router.route().order(Integer.MIN_VALUE + 1).failureHandler(context -> {
            if (context.statusCode() == 413 && !context.response().ended()) {
                refuse(context);
            } else {
                context.next();
            }
        });
    }

    private void refuse(RoutingContext context) {
        Locale language = Languages.ofRequest(context.request());
        AppMessages msg = Refusal.messages(AppMessages.class, language);
        String title = msg.error_413_title();
        String detail = msg.error_413_detail(configured);
        String path = context.request().path();
        if (ErrorMapper.isApiPath(path)) {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end((String) new Problem("about:blank", title, 413, detail, path, null).toResponse(json).build().getEntity());
        } else {
            context.response().setStatusCode(413)
                    .putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8")
                    .end(pageSignedOut(context, () -> ErrorPages.Templates.error(413, title, detail)));
        }
    }

    /**
     * This runs before sign-in is looked at and outside any request scope, so the layout (which
     * asks who is signed in, and in which language) is rendered in a request scope of its own, as
     * for a visitor of this request.
     */
    private static String pageSignedOut(RoutingContext context, Supplier<TemplateInstance> template) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            Arc.container().instance(CurrentVertxRequest.class).get().setCurrent(context);
            TemplateInstance page = template.get();
            Arc.container().instance(CurrentIdentityAssociation.class).get()
                    .setIdentity(QuarkusSecurityIdentity.builder().setAnonymous(true).build());
            return page.render();
        } finally {
            requestContext.terminate();
        }
    }
}

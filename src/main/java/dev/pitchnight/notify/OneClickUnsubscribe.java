package dev.pitchnight.notify;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * {@code POST /unsubscribe/{token}}: RFC 8058's one-click unsubscribe. A mail program posts
 * {@code List-Unsubscribe=One-Click} to the address in the mail's {@code List-Unsubscribe} header,
 * with no cookie, no sign-in and no CSRF token; the signed token is the whole authorization
 * ({@link UnsubscribeLinks}: only the mail's reader has it, and it only ever turns mails off). The
 * button on {@link UnsubscribePage} posts here too.
 *
 * <p>A plain Vert.x route rather than a REST resource, on purpose: the CSRF filter of Quarkus
 * REST refuses every form post without its token, which a mail program can never have. The body
 * is not read: whatever is posted, a valid token unsubscribes, and repeating it changes nothing.
 */
@ApplicationScoped
public class OneClickUnsubscribe {

    private static final Logger LOG = Logger.getLogger(OneClickUnsubscribe.class);

    private final UnsubscribeLinks links;
    private final NotificationPreferences preferences;

    OneClickUnsubscribe(UnsubscribeLinks links, NotificationPreferences preferences) {
        this.links = links;
        this.preferences = preferences;
    }

    void route(@Observes Router router) {
        router.post("/unsubscribe/:token").blockingHandler(this::unsubscribe, false);
    }

    void unsubscribe(RoutingContext context) {
        String token = context.pathParam("token");
        Optional<UnsubscribeLinks.Unsubscribe> link = links.read(token);
        if (link.isEmpty()) {
            context.response().setStatusCode(404).putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end("This unsubscribe link is not valid.\n");
            return;
        }
        try {
            preferences.unsubscribe(link.get().username(), link.get().topic());
        } catch (RuntimeException failure) {
            LOG.warnf("One-click unsubscribe of %s failed: %s", link.get().username(), failure.getMessage());
            context.response().setStatusCode(503).putHeader("Retry-After", "30")
                    .putHeader("Content-Type", "text/plain; charset=utf-8").end("Please try again in a moment.\n");
            return;
        }
        String accept = context.request().getHeader("Accept");
        if (accept != null && accept.contains("text/html")) {
            // The page's button: back to the page, which now says it is done.
            context.response().setStatusCode(303).putHeader("Location", "/unsubscribe/" + token).end();
        } else {
            context.response().setStatusCode(200).putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end("Unsubscribed.\n");
        }
    }
}

package dev.pitchnight.web;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * A request whose {@code Content-Type} header is present but blank is treated as one without it: Quarkus
 * REST fails to parse an empty media type with a 500 before any resource runs, while a missing one is
 * answered by the resource (for a picture: 415 with words). Runs before routing.
 */
@ApplicationScoped
public class BlankContentTypes {

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 2).handler(context -> {
            String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
            if (type != null && type.isBlank()) {
                context.request().headers().remove(HttpHeaders.CONTENT_TYPE);
            }
            context.next();
        });
    }
}

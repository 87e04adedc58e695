package dev.pitchnight.notify;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Where a mail's unsubscribe link leads a person (no sign-in): what the link turns off, and one
 * button. Opening the link changes nothing (mail scanners open links); the button posts to the
 * same address, which {@link OneClickUnsubscribe} answers, as it answers a mail program's
 * one-click POST. Once done, the page says so.
 */
@Path("/unsubscribe/{token}")
@Produces(MediaType.TEXT_HTML)
public class UnsubscribePage {

    @CheckedTemplate
    static class Templates {
        /** {@code what}: the topic's name, or ALL. */
        static native TemplateInstance unsubscribe(String token, String username, String what, boolean done);

        static native TemplateInstance invalid();
    }

    @Inject
    UnsubscribeLinks links;

    @Inject
    NotificationPreferences preferences;

    @GET
    @PermitAll
    public Response page(@RestPath String token) {
        Optional<UnsubscribeLinks.Unsubscribe> link = links.read(token);
        if (link.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).entity(Templates.invalid()).build();
        }
        String username = link.get().username();
        MailTopic topic = link.get().topic();
        NotificationPreferences.Choices choices = preferences.of(username);
        boolean done = topic == null ? choices.equals(choices.without(null)) : !choices.wants(topic);
        return Response.ok(Templates.unsubscribe(token, username, topic == null ? "ALL" : topic.name(), done))
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}

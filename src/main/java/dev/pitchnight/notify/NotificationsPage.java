package dev.pitchnight.notify;

import dev.pitchnight.account.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;

/** {@code /account/notifications}: which optional mails the signed-in person gets. */
@Path("/account/notifications")
@Produces(MediaType.TEXT_HTML)
public class NotificationsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance settings(NotificationPreferences.Choices choices, boolean saved);
    }

    @Inject
    NotificationPreferences preferences;

    @Inject
    Viewer viewer;

    @GET
    @Authenticated
    public TemplateInstance settings(@QueryParam("saved") String saved) {
        return Templates.settings(preferences.of(viewer.username()), saved != null);
    }

    /** Checkboxes: a box left unticked is not sent, so what is absent is turned off. */
    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@RestForm String newNights, @RestForm String reminders, @RestForm String organizerMessages) {
        preferences.choose(viewer.username(),
                new NotificationPreferences.Choices(newNights != null, reminders != null, organizerMessages != null));
        return Response.seeOther(URI.create("/account/notifications?saved=1")).build();
    }
}

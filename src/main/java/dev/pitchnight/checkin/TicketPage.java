package dev.pitchnight.checkin;

import dev.pitchnight.account.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

/** An attendee's ticket for a night: the QR code the door scans, and the night's details. */
@Path("/events/{id}/ticket")
public class TicketPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance ticket(CheckinService.Ticket ticket);
    }

    @Inject
    CheckinService checkins;

    @Inject
    Viewer viewer;

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@RestPath long id) {
        return Templates.ticket(checkins.ticket(id, viewer));
    }
}

package dev.pitchnight.checkin;

import dev.pitchnight.account.Viewer;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** The door's JSON API: what the check-in page's scanner (and its offline queue) calls. */
@Path("/api/events/{id}/checkins")
@Tag(name = "Check-in")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class CheckinResource {

    /** The body of a scan: the token the ticket's QR code carries. */
    public record CheckinRequest(String token) {
    }

    @Inject
    CheckinService checkins;

    @Inject
    Viewer viewer;

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Check a ticket in", description = "For the night's organizers. Idempotent: a second scan answers "
            + "alreadyCheckedIn with the first time and changes nothing. A ticket for another night or a cancelled RSVP is refused (409).")
    public CheckinService.CheckinView checkIn(@RestPath long id, CheckinRequest body) {
        return checkins.checkInToken(id, body == null ? null : body.token(), viewer);
    }

    @GET
    @Path("counts")
    @Authenticated
    @Operation(summary = "Door counts", description = "People and seats checked in, against the confirmed ones.")
    public CheckinService.DoorCounts counts(@RestPath long id) {
        return checkins.counts(id, viewer);
    }
}

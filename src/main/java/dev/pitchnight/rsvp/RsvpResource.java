package dev.pitchnight.rsvp;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.EventService;
import dev.pitchnight.web.Refusal;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/events/{id}")
@Tag(name = "RSVPs")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class RsvpResource {

    /** The body of {@code PUT …/rsvp}; an absent body or field means no guests. */
    public record RsvpRequest(Integer guests) {
    }

    @Inject
    jakarta.enterprise.event.Event<AttendeeListOpened> opened;

    @Inject
    RsvpDesk desk;

    @Inject
    RsvpService rsvps;

    @Inject
    EventService events;

    @Inject
    Viewer viewer;

    @PUT
    @Path("rsvp")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "RSVP yes (or change guests)",
            description = "Idempotent per person and night. CONFIRMED when seats are free and nobody waits; otherwise WAITLISTED with a position.")
    public CompletionStage<RsvpView> rsvp(@RestPath long id, RsvpRequest body) {
        int guests = body == null || body.guests() == null ? 0 : body.guests();
        return desk.join(id, viewer.username(), viewer.email(), guests);
    }

    @GET
    @Path("rsvp")
    @Authenticated
    @Operation(summary = "The caller's RSVP", description = "404 when the caller has none (or cancelled it).")
    public RsvpView mine(@RestPath long id) {
        return rsvps.current(id, viewer.username())
                .orElseThrow(() -> RsvpRefusals.notFound(m -> m.rsvp_none()));
    }

    @DELETE
    @Path("rsvp")
    @Authenticated
    @Operation(summary = "Cancel the caller's RSVP", description = "Frees the seats at once; the head of the waitlist moves up.")
    public CompletionStage<Response> cancel(@RestPath long id) {
        return desk.leave(id, viewer.username()).thenApply(done -> Response.noContent().build());
    }

    @POST
    @Path("rsvp/accept")
    @Authenticated
    @Operation(summary = "Take the seat held for the caller", description = "For waitlisted people offered a seat (policy OFFER), before the deadline.")
    public CompletionStage<RsvpView> accept(@RestPath long id) {
        return desk.accept(id, viewer.username());
    }

    @POST
    @Path("rsvp/decline")
    @Authenticated
    @Operation(summary = "Let the held seat go", description = "The seat is offered to the next person in line.")
    public CompletionStage<Response> decline(@RestPath long id) {
        return desk.leave(id, viewer.username()).thenApply(done -> Response.noContent().build());
    }

    /** The body of a move: the new place in the waitlist, 1 being the head. */
    public record MoveRequest(Integer position) {
    }

    @POST
    @Path("waitlist/{username}/move")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move a waitlisted person", description = "For the night's organizers: to another place in the queue (1 = head). A head that fits gets the seat at once.")
    public Attendees move(@RestPath long id, @RestPath String username, MoveRequest body) {
        long night = events.organizedEvent(id, viewer).id; // who may, before what they sent
        if (body == null || body.position() == null) {
            throw Refusal.invalid("position", m -> m.required());
        }
        return rsvps.move(night, username, body.position());
    }

    @POST
    @Path("waitlist/{username}/let-in")
    @Authenticated
    @Operation(summary = "Let a held-back person in now", description = "For the night's organizers: ends the hold the group's no-show rule put on this person's waitlist place; a free seat goes to them if it is their turn. 409 when nothing of theirs is held back.")
    public Attendees letIn(@RestPath long id, @RestPath String username) {
        return rsvps.letIn(events.organizedEvent(id, viewer).id, username);
    }

    @GET
    @Path("attendees")
    @Authenticated
    @Operation(summary = "Confirmed and waitlisted people, in order", description = "For the night's organizers.")
    public Attendees attendees(@RestPath long id) {
        dev.pitchnight.event.Event event = events.organizedEvent(id, viewer);
        opened.fire(new AttendeeListOpened(event.id, event.group.id, viewer.username(), AttendeeListOpened.Kind.API));
        return rsvps.attendees(event.id);
    }
}

package dev.pitchnight.rsvp;

import dev.pitchnight.account.People;
import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import dev.pitchnight.web.Refusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** The organizer's view of a night's people: who has a seat, who waits in which order, as a page and a CSV. */
@Path("/events/{id}/attendees")
public class AttendeesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance attendees(Event event, Attendees attendees);
    }

    @Inject
    EventService events;

    @Inject
    RsvpService rsvps;

    @Inject
    Viewer viewer;

    @Inject
    People people;

    @Inject
    jakarta.enterprise.event.Event<AttendeeListOpened> opened;

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@RestPath long id) {
        Event event = events.organizedEvent(id, viewer);
        opened.fire(new AttendeeListOpened(event.id, event.group.id, viewer.username(), AttendeeListOpened.Kind.PAGE));
        return Templates.attendees(event, rsvps.attendees(id));
    }

    @POST
    @Path("move")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@RestPath long id, @RestForm String username, @RestForm int position) {
        long night = events.organizedEvent(id, viewer).id;
        if (username == null || username.isBlank()) {
            throw Refusal.invalid("username", m -> m.required());
        }
        rsvps.move(night, username, position);
        return Response.seeOther(URI.create("/events/" + id + "/attendees#waitlist")).build();
    }

    /** Ends the no-show rule's hold on one person's waitlist place now; a free seat goes to them if it is their turn. */
    @POST
    @Path("let-in")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response letIn(@RestPath long id, @RestForm String username) {
        long night = events.organizedEvent(id, viewer).id;
        if (username == null || username.isBlank()) {
            throw Refusal.invalid("username", m -> m.required());
        }
        rsvps.letIn(night, username.strip());
        return Response.seeOther(URI.create("/events/" + id + "/attendees#waitlist")).build();
    }

    @GET
    @Path("export.csv")
    @Authenticated
    @Produces("text/csv")
    public Response csv(@RestPath long id) {
        Event event = events.organizedEvent(id, viewer);
        opened.fire(new AttendeeListOpened(event.id, event.group.id, viewer.username(), AttendeeListOpened.Kind.CSV));
        Attendees attendees = rsvps.attendees(id);
        List<String> usernames = new ArrayList<>();
        attendees.confirmed().forEach(seated -> usernames.add(seated.username()));
        attendees.waitlisted().forEach(waiting -> usernames.add(waiting.username()));
        Map<String, String> names = people.names(usernames);
        StringWriter out = new StringWriter();
        // The user name identifies the person for the organizer; the display name is how they are called.
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader("status", "position", "username", "guests", "seats", "since", "held_until", "name").get())) {
            for (Attendees.Seated seated : attendees.confirmed()) {
                csv.printRecord("CONFIRMED", "", seated.username(), seated.guests(), seated.guests() + 1, seated.since(), "",
                        names.get(seated.username()));
            }
            for (Attendees.Waiting waiting : attendees.waitlisted()) {
                csv.printRecord("WAITLISTED", waiting.position(), waiting.username(), waiting.guests(), waiting.guests() + 1, "",
                        waiting.heldUntil() == null ? "" : waiting.heldUntil(), names.get(waiting.username()));
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return Response.ok(out.toString(), "text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + event.slug + "-attendees.csv\"")
                .build();
    }
}

package dev.pitchnight.night;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.agenda.AgendaService;
import dev.pitchnight.agenda.Lineup;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventCalendar;
import dev.pitchnight.event.EventService;
import dev.pitchnight.i18n.RequestLanguage;
import dev.pitchnight.pitch.ReviewService;
import dev.pitchnight.rsvp.Guests;
import dev.pitchnight.rsvp.RsvpDesk;
import dev.pitchnight.rsvp.RsvpService;
import dev.pitchnight.rsvp.RsvpView;
import dev.pitchnight.web.Refusal;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** The page a pitch-night link opens, with the RSVP panel. Works without JavaScript. */
@Path("/events/{id}")
@Produces(MediaType.TEXT_HTML)
public class EventPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance event(Event event, RsvpView rsvp, String error, boolean organizer,
                                             Lineup lineup, boolean reviewer, boolean liveDay);
    }

    @Inject
    EventService events;

    @Inject
    RsvpService rsvps;

    @Inject
    RsvpDesk desk;

    @Inject
    Viewer viewer;

    @Inject
    EventCalendar calendars;

    // The night's run of show, accepted startups and call for pitches (agenda/, pitch/).
    @Inject
    AgendaService agenda;

    @Inject
    ReviewService reviews;

    /**
     * Everyone who is not signed in sees the same page, so it is rendered once for all of them
     * and kept for at most a second (seat counts are never staler than that): a shared link
     * opened by hundreds at once costs one render per second, not one per visit.
     */
    @Inject
    RequestLanguage language;

    @Inject
    @CacheName("anonymous-event-pages")
    Cache anonymousPages;

    @GET
    @PermitAll
    public Object show(@RestPath long id) {
        if (viewer.signedIn()) {
            return page(id, null);
        }
        return anonymousPages.get(new AnonymousKey(id, language.tag()), key -> page(id, null).render())
                .await().indefinitely();
    }

    /** The anonymous rendering is kept per night and language: German visitors get the German page. */
    public record AnonymousKey(long night, String language) {
    }

    /** "Add to calendar": the night as an iCalendar file. */
    @GET
    @Path("calendar.ics")
    @PermitAll
    @Produces("text/calendar")
    public Response calendar(@RestPath long id, @Context UriInfo uri) {
        Event event = events.publicEvent(id).orElseThrow(NotFoundException::new);
        String pageUrl = uri.getBaseUriBuilder().path("events").path(Long.toString(id)).build().toString();
        return Response.ok(calendars.event(event, pageUrl), "text/calendar; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + event.slug + ".ics\"")
                .build();
    }

    /** "Sign in to RSVP" links here: after Keycloak, the person lands back on the night. */
    @GET
    @Path("rsvp")
    @Authenticated
    public Response signInToRsvp(@RestPath long id) {
        return backToNight(id);
    }

    @POST
    @Path("rsvp")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rsvp(@RestPath long id, @RestForm String guests) {
        int chosen;
        try {
            chosen = Guests.fromForm(guests);
        } catch (Refusal refusal) {
            return refused(id, refusal);
        }
        return submit(id, () -> desk.join(id, viewer.username(), viewer.email(), chosen));
    }

    @POST
    @Path("rsvp/accept")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@RestPath long id) {
        return submit(id, () -> desk.accept(id, viewer.username()));
    }

    @POST
    @Path("rsvp/cancel")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@RestPath long id) {
        return submit(id, () -> desk.leave(id, viewer.username()));
    }

    private Response submit(long id, Supplier<CompletionStage<RsvpView>> change) {
        try {
            change.get().toCompletableFuture().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Refusal refusal && refusal.status() != Response.Status.NOT_FOUND) {
                return refused(id, refusal);
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        return backToNight(id);
    }

    /** The night again, with what went wrong above the RSVP button, under the refusal's status. */
    private Response refused(long id, Refusal refusal) {
        return Response.status(refusal.status()).entity(page(id, refusal.detail(language.locale()))).build();
    }

    private TemplateInstance page(long id, String error) {
        Event event = events.visibleEvent(id, viewer).orElseThrow(NotFoundException::new);
        RsvpView rsvp = viewer.signedIn() ? rsvps.current(id, viewer.username()).orElse(null) : null;
        boolean organizer = events.organizes(event, viewer);
        return Templates.event(event, rsvp, error, organizer, agenda.lineup(event), !organizer && reviews.reviews(event, viewer),
                events.liveToday(event));
    }

    private static Response backToNight(long id) {
        return Response.seeOther(URI.create("/events/" + id + "#rsvp")).build();
    }
}

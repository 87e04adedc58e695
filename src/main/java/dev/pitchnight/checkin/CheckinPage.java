package dev.pitchnight.checkin;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import dev.pitchnight.i18n.RequestLanguage;
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
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The organizer's door on a phone. Without JavaScript: type the ticket code or search by name,
 * post, and see the answer. With it ({@code js/checkin.js}): the camera scans, answers come
 * without reloads, scans queue in the browser while the network is gone, and the counts refresh.
 */
@Path("/events/{id}/checkin")
public class CheckinPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance checkin(Event event, CheckinService.DoorCounts counts, String q,
                                               List<CheckinService.DoorPerson> found, CheckinService.CheckinView done,
                                               String error, List<CheckinService.DoorPerson> everyone);
    }

    @Inject
    CheckinService checkins;

    @Inject
    EventService events;

    @Inject
    Viewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@RestPath long id, @RestQuery String q, @RestQuery Long done, @RestQuery boolean again) {
        return page(id, q, done == null ? null : checkins.shown(id, done, again, viewer), null);
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response checkIn(@RestPath long id, @RestForm String token, @RestForm Long rsvp) {
        CheckinService.CheckinView view;
        try {
            view = rsvp != null ? checkins.checkInRsvp(id, rsvp, viewer) : checkins.checkInToken(id, token, viewer);
        } catch (Refusal refusal) {
            if (refusal.status() == Response.Status.FORBIDDEN || refusal.status() == Response.Status.NOT_FOUND
                    && refusal.getMessage().startsWith("There is no pitch night")) {
                throw refusal;
            }
            return Response.status(refusal.status()).entity(page(id, null, null, refusal.detail(language.locale()))).build();
        }
        long rsvpId = rsvp != null ? rsvp : Long.parseLong(token.strip().substring(0, token.strip().indexOf('.')));
        return Response.seeOther(URI.create("/events/" + id + "/checkin?done=" + rsvpId
                + (view.alreadyCheckedIn() ? "&again=true" : "") + "#result")).build();
    }

    private TemplateInstance page(long id, String q, CheckinService.CheckinView done, String error) {
        Event event = events.organizedEvent(id, viewer);
        return Templates.checkin(event, checkins.counts(id, viewer), q == null ? "" : q,
                checkins.search(id, q, viewer), done, error, checkins.doorList(id));
    }
}

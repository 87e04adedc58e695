package dev.pitchnight.event;

import dev.pitchnight.account.Viewer;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.jboss.resteasy.reactive.RestPath;

/** Organizers announce nights here; a form with mistakes comes back with a message at each field. */
@Path("/groups/{slug}/events")
@Produces(MediaType.TEXT_HTML)
public class EventFormPage {

    /** Zones offered first in the menu; any IANA zone may be typed into the API. */
    static final List<String> ZONES = List.of("America/Los_Angeles", "America/Denver", "America/Chicago", "America/New_York",
            "Europe/London", "Europe/Berlin", "Europe/Zurich", "Europe/Vienna", "Asia/Singapore", "Asia/Tokyo",
            "Australia/Sydney", "UTC");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance eventForm(MeetupGroup group, Event event, EventForm form, List<String> zones);
    }

    @Inject
    EventService events;

    @Inject
    Viewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @Path("new")
    @Authenticated
    public TemplateInstance newNight(@RestPath String slug) {
        MeetupGroup group = events.groupToOrganize(slug, viewer);
        return Templates.eventForm(group, null, EventForm.blank(group), ZONES);
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestPath String slug, MultivaluedMap<String, String> fields) {
        EventForm form = EventForm.posted(fields);
        try {
            Event event = events.create(slug, form.toInput(), viewer);
            return Response.seeOther(URI.create("/events/" + event.id)).build();
        } catch (Refusal refusal) {
            return again(refusal, language.locale(), events.groupToOrganize(slug, viewer), null, form);
        }
    }

    /** The same form, as it was sent, with the messages in the reader's language; 400 for field mistakes, 409 for conflicts. */
    static Response again(Refusal refusal, Locale language, MeetupGroup group, Event event, EventForm form) {
        if (refusal.status() == Response.Status.FORBIDDEN || refusal.status() == Response.Status.NOT_FOUND) {
            throw refusal;
        }
        var errors = new LinkedHashMap<>(refusal.fieldErrors(language));
        if (errors.isEmpty()) {
            errors.put("form", refusal.detail(language));
        }
        return Response.status(refusal.status())
                .entity(Templates.eventForm(group, event, form.withErrors(errors), ZONES)).build();
    }
}

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
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * "Announce the next night": one field, the new start (four weeks on proposed), then the organizer edits the
 * draft copy before publishing it.
 */
@Path("/events/{id}/copy")
@Produces(MediaType.TEXT_HTML)
public class EventCopyPage {

    static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance copy(Event event, String startsAt, String error);
    }

    @Inject
    EventService events;

    @Inject
    NightCopies copies;

    @Inject
    Viewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @Authenticated
    public TemplateInstance form(@RestPath long id) {
        Event event = events.organizedEvent(id, viewer);
        return Templates.copy(event, copies.proposedStart(event).format(LOCAL), null);
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response copy(@RestPath long id, @RestForm String startsAt) {
        Event event = events.organizedEvent(id, viewer);
        try {
            Event copy = copies.copy(id, new CopyInput(parse(startsAt)), viewer, language.tag());
            return Response.seeOther(URI.create("/events/" + copy.id + "/edit")).build();
        } catch (Refusal refusal) {
            String error = refusal.fieldErrors(language.locale()).getOrDefault("startsAt", refusal.detail(language.locale()));
            return Response.status(refusal.status())
                    .entity(Templates.copy(event, startsAt == null ? "" : startsAt, error)).build();
        }
    }

    private static LocalDateTime parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException malformed) {
            throw EventRefusals.invalid("startsAt", m -> m.event_date_time());
        }
    }
}

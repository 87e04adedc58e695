package dev.pitchnight.event;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.i18n.RequestLanguage;
import dev.pitchnight.web.Refusal;
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
import org.jboss.resteasy.reactive.RestPath;

/** Organizers change a night (including publishing and cancelling it) with the same form. */
@Path("/events/{id}/edit")
@Produces(MediaType.TEXT_HTML)
public class EventEditPage {

    @Inject
    EventService events;

    @Inject
    Viewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @Authenticated
    public TemplateInstance edit(@RestPath long id) {
        Event event = events.organizedEvent(id, viewer);
        return EventFormPage.Templates.eventForm(event.group, event, EventForm.of(event), EventFormPage.ZONES);
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath long id, MultivaluedMap<String, String> fields) {
        EventForm form = EventForm.posted(fields);
        try {
            events.update(id, form.toInput(), viewer);
            return Response.seeOther(URI.create("/events/" + id)).build();
        } catch (Refusal refusal) {
            Event event = events.organizedEvent(id, viewer);
            return EventFormPage.again(refusal, language.locale(), event.group, event, form);
        }
    }

}

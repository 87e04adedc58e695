package dev.pitchnight.event;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

/** The page a pitch-night link opens. */
@Path("/events/{id}")
@Produces(MediaType.TEXT_HTML)
public class EventPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance event(Event event);
    }

    @Inject
    EventService events;

    @GET
    @PermitAll
    public TemplateInstance show(@RestPath long id) {
        return Templates.event(events.publicEvent(id).orElseThrow(NotFoundException::new));
    }
}

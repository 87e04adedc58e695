package dev.pitchnight.event;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import dev.pitchnight.web.Paged;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/")
@Produces(MediaType.TEXT_HTML)
public class HomePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Paged<Event> events, String q);
    }

    @Inject
    EventService events;

    /** Upcoming nights, a page at a time, with a search box; past and cancelled nights are not here. */
    @GET
    @PermitAll
    public TemplateInstance home(@RestQuery String q, @RestQuery String page) {
        int[] paging = Paged.checked(page, null);
        return Templates.home(events.search(q, null, EventService.When.UPCOMING, paging[0], paging[1]), q == null ? "" : q);
    }
}

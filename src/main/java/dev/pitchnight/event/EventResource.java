package dev.pitchnight.event;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/api/events")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
public class EventResource {

    @Inject
    EventService events;

    @GET
    @PermitAll
    @Operation(summary = "Upcoming published pitch nights", description = "Soonest first, with live seat counts.")
    public List<EventView> upcoming() {
        return events.upcoming().stream().map(EventView::of).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One pitch night", description = "Published, cancelled or completed nights; drafts are not found.")
    public EventView one(@RestPath long id) {
        return events.publicEvent(id).map(EventView::of)
                .orElseThrow(() -> new NotFoundException("There is no pitch night " + id + "."));
    }
}

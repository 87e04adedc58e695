package dev.pitchnight.event;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.web.Refusal;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

    @Inject
    Viewer viewer;

    @PATCH
    @Path("{id}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Change a pitch night", description = "Any subset of the fields. A higher capacity promotes from the waitlist; a capacity below the seats taken is refused (409).")
    public EventView update(@RestPath long id, EventInput input) {
        if (input == null) {
            throw Refusal.invalid("body", m -> m.fields_to_change_required());
        }
        return events.update(id, input, viewer);
    }

    @GET
    @PermitAll
    @Operation(summary = "Upcoming published pitch nights", description = "Soonest first, with live seat counts.")
    public List<EventView> upcoming() {
        return events.upcoming().stream().map(EventView::of).toList();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "One pitch night", description = "Published, cancelled or completed nights; drafts only to the group's organizers.")
    public EventView one(@RestPath long id) {
        return events.visibleEvent(id, viewer).map(EventView::of)
                .orElseThrow(() -> Refusal.notFound(m -> m.no_such_night(id)));
    }
}

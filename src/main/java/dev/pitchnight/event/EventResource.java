package dev.pitchnight.event;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.web.Refusal;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import dev.pitchnight.web.Paged;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.RestQuery;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
    @Operation(summary = "Find pitch nights", description = "Upcoming published nights (soonest first) or, with when=past, those "
            + "that took place (latest first), with live seat counts. q matches titles, group names and cities (case and accents "
            + "aside), group keeps one group's; page from 1, size 20 by default and at most 100. X-Total-Count and RFC 8288 Link headers.")
    public Response search(@RestQuery String q, @RestQuery String group, @RestQuery String when, @RestQuery String page,
                           @RestQuery String size, @Context UriInfo uri) {
        EventService.When which = EventService.When.of(when);
        int[] paging = Paged.checked(page, size);
        return events.search(q, group, which, paging[0], paging[1]).map(EventView::of).headers(uri).build();
    }

    @DELETE
    @Path("{id}")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Delete a draft night", description = "For the group's organizers; 204. A published night answers 409: cancel it instead.")
    public Response delete(@RestPath long id) {
        events.deleteDraft(id, viewer);
        return Response.noContent().build();
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

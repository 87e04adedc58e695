package dev.pitchnight.event;

import dev.pitchnight.account.Viewer;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** One group in the API: reading and changing it, announcing its nights, its organizers. */
@Path("/api/groups/{slug}")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
public class GroupResource {

    @Inject
    EventService events;

    @Inject
    Viewer viewer;

    @Inject
    GroupService groups;

    @GET
    @PermitAll
    @Tag(name = "Groups")
    @Operation(summary = "One group", description = "With its member count, organizers and next night.")
    public GroupView one(@RestPath String slug) {
        return groups.view(slug);
    }

    @PATCH
    @Authenticated
    @Tag(name = "Groups")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Change a group", description = "Any subset of name, description, city, timeZone, website, membersVisible: "
            + "owners and co-organizers. {\"suspended\": true|false}: admins only. The slug cannot change.")
    public GroupView update(@RestPath String slug, GroupInput input) {
        return groups.view(groups.update(slug, input, viewer));
    }

    @POST
    @Path("events")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Announce a pitch night", description = "For the group's organizers. Times are local to timeZone.")
    public Response create(@RestPath String slug, EventInput input) {
        if (input == null) {
            throw EventRefusals.invalid("body", m -> m.event_required());
        }
        Event event = events.create(slug, input, viewer);
        return Response.created(URI.create("/api/events/" + event.id)).entity(EventView.of(event)).build();
    }


    @PUT
    @Path("organizers/{username}")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Make someone a co-organizer", description = "For the group's owners.")
    public Response addOrganizer(@RestPath String slug, @RestPath String username) {
        events.addCoOrganizer(slug, username, viewer);
        return Response.noContent().build();
    }

    @DELETE
    @Path("organizers/{username}")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Take the co-organizer right back", description = "For the group's owners; the person stays a member.")
    public Response removeOrganizer(@RestPath String slug, @RestPath String username) {
        events.removeCoOrganizer(slug, username, viewer);
        return Response.noContent().build();
    }
}

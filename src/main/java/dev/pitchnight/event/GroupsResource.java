package dev.pitchnight.event;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.web.Paged;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

/** The groups' directory and starting a group. */
@Path("/api/groups")
@Tag(name = "Groups")
@Produces(MediaType.APPLICATION_JSON)
public class GroupsResource {

    @Inject
    GroupService groups;

    @Inject
    Viewer viewer;

    @GET
    @PermitAll
    @Operation(summary = "Find groups", description = "q matches names, cities and descriptions (case and accents aside); "
            + "page from 1, size 20 by default and at most 100. X-Total-Count and RFC 8288 Link headers. Suspended groups are left out.")
    public Response directory(@RestQuery String q, @RestQuery String city, @RestQuery String page, @RestQuery String size,
                              @Context UriInfo uri) {
        int[] paging = Paged.checked(page, size);
        return groups.directory(q, city, paging[0], paging[1]).headers(uri).build();
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Start a group", description = "Anyone signed in; they become its owner. 400 for a malformed slug, "
            + "a missing name or an unknown time zone, 409 for a slug already taken (case-insensitively).")
    public Response create(GroupInput input) {
        MeetupGroup group = groups.create(input, viewer);
        return Response.created(URI.create("/api/groups/" + group.slug)).entity(groups.view(group)).build();
    }
}

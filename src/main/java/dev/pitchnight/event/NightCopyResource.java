package dev.pitchnight.event;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.i18n.RequestLanguage;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** "Announce the next night" for scripts: a draft copy of a night at a new time. */
@Path("/api/events/{id}/copy")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
public class NightCopyResource {

    @Inject
    NightCopies copies;

    @Inject
    Viewer viewer;

    @Inject
    RequestLanguage language;

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Announce the next night as a copy of this one",
            description = "Body {\"startsAt\":\"2027-01-07T18:30\"}, a local date-time in the night's zone, in the future. "
                    + "Answers 201 with a new DRAFT night: the same title, description, venue, capacity, guests, waitlist "
                    + "settings and duration; the agenda's non-pitch items at the same offsets (pitch slots become one "
                    + "placeholder item); the call for pitches' brief, rubric, blind mode and startups wanted, with its "
                    + "dates shifted. Never copied: RSVPs, pitches, questions, cards. Organizers only.")
    public Response copy(@RestPath long id, CopyInput input, @Context UriInfo uri) {
        Event copy = copies.copy(id, input, viewer, language.tag());
        return Response.created(uri.getBaseUriBuilder().path("api/events").path(Long.toString(copy.id)).build())
                .entity(EventView.of(copy))
                .build();
    }
}

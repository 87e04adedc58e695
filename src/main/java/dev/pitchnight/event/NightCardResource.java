package dev.pitchnight.event;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * A public night's preview card ({@code og:image}), drawn on request. Pages link it with the night's version in
 * the query ({@link ShareLinks#card}), so a link for the current version may be cached for a year; any other
 * address gets a short cache, and an edited night gets a new address.
 */
@Path("/events/{id}/card.png")
public class NightCardResource {

    @Inject
    EventService events;

    @GET
    @PermitAll
    @Produces("image/png")
    public Response card(@RestPath long id, @RestQuery("v") Long version) {
        Event event = events.publicEvent(id).orElseThrow(NotFoundException::new);
        String cache = version != null && version == event.version
                ? "public, max-age=31536000, immutable"
                : "public, max-age=300";
        return Response.ok(NightCard.png(event, event.group.name), "image/png")
                .header("Cache-Control", cache)
                .build();
    }
}

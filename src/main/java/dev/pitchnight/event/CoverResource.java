package dev.pitchnight.event;

import dev.pitchnight.account.Viewer;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/**
 * A night's cover picture in the API: the picture itself is the body. Any media type is let in here, so that
 * one the app does not take is answered by our own 415 (with words) after the organizer check, not by the
 * framework's.
 */
@Path("/api/events/{id}/cover")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
public class CoverResource {

    @Inject
    EventPictures pictures;

    @Inject
    PictureLinks links;

    @Inject
    Viewer viewer;

    @PUT
    @Authenticated
    @Consumes(MediaType.WILDCARD)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Set a night's cover picture", description = "For the group's organizers. The body is the picture, "
            + "Content-Type image/jpeg, image/png or image/webp, at most 5 MB. It is decoded to check it (415 for another type "
            + "or content, 400 for a damaged file, 413 over 5 MB or 50 megapixels), stripped of metadata and stored in web "
            + "sizes: card (800×450), page (at most 1600×900) and share (1200×630, the night's og:image). 200 with their addresses.")
    public PictureView put(@RestPath long id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        return PictureView.cover(pictures.setCover(id, body, type == null ? "" : type, viewer), links);
    }

    @DELETE
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Remove a night's cover picture", description = "For the group's organizers; 204, also when there was none.")
    public Response delete(@RestPath long id) {
        pictures.removeCover(id, viewer);
        return Response.noContent().build();
    }
}

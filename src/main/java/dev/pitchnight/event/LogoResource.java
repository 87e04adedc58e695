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
 * A group's logo in the API: the picture itself is the body. Any media type is let in here, so that
 * one the app does not take is answered by our own 415 (with words) after the organizer check, not by the
 * framework's.
 */
@Path("/api/groups/{slug}/logo")
@Tag(name = "Events")
@Produces(MediaType.APPLICATION_JSON)
public class LogoResource {

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
    @Operation(summary = "Set a group's logo", description = "For the group's organizers. The body is the picture, "
            + "Content-Type image/jpeg, image/png or image/webp, at most 5 MB, checked like a cover (415, 400, 413). Stored "
            + "without metadata in web sizes: card (within 160×160), page (within 480×480), both keeping transparency, and "
            + "share (1200×630 on white, the og:image of the group's nights without a cover). 200 with their addresses.")
    public PictureView put(@RestPath String slug, @HeaderParam(HttpHeaders.CONTENT_TYPE) String type, byte[] body) {
        return PictureView.logo(pictures.setLogo(slug, body, type == null ? "" : type, viewer), links);
    }

    @DELETE
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Remove a group's logo", description = "For the group's organizers; 204, also when there was none.")
    public Response delete(@RestPath String slug) {
        pictures.removeLogo(slug, viewer);
        return Response.noContent().build();
    }
}

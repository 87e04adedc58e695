package dev.pitchnight.event;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.i18n.RequestLanguage;
import dev.pitchnight.web.Refusal;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A night's cover on its edit page (upload and remove, forms that redirect back), and the cover's sizes as
 * served: at an address with the upload's hash, so it is cached for a year ({@code immutable}); publicly for a
 * night anyone may see, privately for a draft.
 */
@Path("/events/{id}/cover")
public class CoverPage {

    static final String FOREVER = "max-age=31536000, immutable";

    @Inject
    EventPictures pictures;

    @Inject
    EventService events;

    @Inject
    Viewer viewer;

    @Inject
    RequestLanguage language;

    @POST
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestPath long id, @RestForm("cover") FileUpload cover) {
        try {
            pictures.setCover(id, bytes(cover), null, viewer);
            return Response.seeOther(URI.create("/events/" + id + "/edit#cover")).build();
        } catch (Refusal refusal) {
            Event event = events.organizedEvent(id, viewer);
            return EventFormPage.again(refusal, language.locale(), event.group, event, EventForm.of(event));
        }
    }

    @POST
    @Path("delete")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestPath long id) {
        pictures.removeCover(id, viewer);
        return Response.seeOther(URI.create("/events/" + id + "/edit#cover")).build();
    }

    @GET
    @Path("{hash}/{size}")
    @PermitAll
    @Produces({"image/jpeg", "image/png"})
    public Response picture(@RestPath long id, @RestPath String hash, @RestPath String size) {
        EventPictures.Served picture = pictures.cover(id, hash, size, viewer).orElseThrow(NotFoundException::new);
        return served(picture);
    }

    static Response served(EventPictures.Served picture) {
        return Response.ok(picture.bytes(), picture.mediaType())
                .header("Cache-Control", (picture.shared() ? "public, " : "private, ") + FOREVER)
                .build();
    }

    /** The chosen file's bytes, or null when none was chosen (refused as "no picture"). */
    static byte[] bytes(FileUpload upload) {
        if (upload == null || upload.uploadedFile() == null || upload.size() == 0) {
            return null;
        }
        try {
            return Files.readAllBytes(upload.uploadedFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

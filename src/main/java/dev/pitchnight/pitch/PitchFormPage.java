package dev.pitchnight.pitch;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import dev.pitchnight.i18n.RequestLanguage;
import dev.pitchnight.web.Refusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * Founders apply to pitch at a night, and change their pitch until the call closes. One form
 * for both, with the deck as a link or a PDF; a form with mistakes comes back as it was sent.
 */
@Path("/events/{id}/pitches")
@Produces(MediaType.TEXT_HTML)
public class PitchFormPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pitchForm(Event event, PitchCall call, Pitch pitch, PitchForm form, boolean hasDeck,
                                                 long maxMegabytes);
    }

    @Inject
    PitchService pitches;

    @Inject
    CallService calls;

    @Inject
    EventService events;

    @Inject
    Viewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @Path("new")
    @Authenticated
    public TemplateInstance newPitch(@RestPath long id) {
        Event event = events.visibleEvent(id, viewer).orElseThrow(NotFoundException::new);
        pitches.requireOpenToPitches(event);
        return Templates.pitchForm(event, calls.call(id).orElse(null), null, PitchForm.blank(viewer.email()), false, megabytes());
    }

    @POST
    @Authenticated
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response submit(@RestPath long id, @RestForm String company, @RestForm String oneLiner, @RestForm String problem,
                           @RestForm String stage, @RestForm String website, @RestForm String deckUrl, @RestForm String team,
                           @RestForm String contactEmail, @RestForm("deck") FileUpload deck) {
        PitchForm form = PitchForm.posted(company, oneLiner, problem, stage, website, deckUrl, team, contactEmail);
        Event event = events.visibleEvent(id, viewer).orElseThrow(NotFoundException::new);
        try {
            byte[] pdf = bytes(deck);
            Pitch pitch = pitches.submitWithDeck(id, form.toInput(), pdf, viewer);
            return Response.seeOther(URI.create("/pitches/mine?sent=" + pitch.id)).build();
        } catch (Refusal refusal) {
            return again(pitches, calls, refusal, language.locale(), event, null, form, false);
        }
    }

    static Response again(PitchService pitches, CallService calls, Refusal refusal, Locale language, Event event, Pitch pitch, PitchForm form,
                          boolean hasDeck) {
        if (refusal.status() == Response.Status.FORBIDDEN || refusal.status() == Response.Status.NOT_FOUND) {
            throw refusal;
        }
        Map<String, String> errors = new LinkedHashMap<>(refusal.fieldErrors(language));
        if (errors.isEmpty()) {
            errors.put("form", refusal.detail(language));
        }
        return Response.status(refusal.status()).entity(Templates.pitchForm(event, calls.call(event.id).orElse(null), pitch,
                form.withErrors(errors), hasDeck, pitches.deckMaxBytes() / (1024 * 1024))).build();
    }

    /** The uploaded file's bytes, or null when no file was chosen. */
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

    private long megabytes() {
        return pitches.deckMaxBytes() / (1024 * 1024);
    }
}

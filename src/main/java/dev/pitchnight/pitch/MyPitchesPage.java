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
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A founder's pitches with their status, editing and withdrawing them; and the deck download for everyone allowed to see it. */
@Path("/pitches")
public class MyPitchesPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(List<MyPitch> pitches, Long sent);
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
    @Path("mine")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance mine(@RestQuery Long sent) {
        return Templates.mine(pitches.mine(viewer), sent);
    }

    @POST
    @Path("{pitchId}/withdraw")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@RestPath long pitchId) {
        pitches.withdraw(pitchId, viewer);
        return Response.seeOther(URI.create("/pitches/mine")).build();
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Path("{pitchId}/edit")
    @Authenticated
    public TemplateInstance edit(@RestPath long pitchId) {
        Pitch pitch = pitches.own(pitchId, viewer);
        Event event = events.visibleEvent(pitch.eventId, viewer).orElseThrow(NotFoundException::new);
        return PitchFormPage.Templates.pitchForm(event, calls.call(event.id).orElse(null), pitch, PitchForm.of(pitch),
                pitches.hasDeck(pitchId), pitches.deckMaxBytes() / (1024 * 1024));
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    @Path("{pitchId}/edit")
    @Authenticated
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response update(@RestPath long pitchId, @RestForm String company, @RestForm String oneLiner,
                           @RestForm String problem, @RestForm String stage, @RestForm String website,
                           @RestForm String deckUrl, @RestForm String team, @RestForm String contactEmail,
                           @RestForm("deck") FileUpload deck) {
        PitchForm form = PitchForm.posted(company, oneLiner, problem, stage, website, deckUrl, team, contactEmail);
        Pitch pitch = pitches.own(pitchId, viewer);
        Event event = events.visibleEvent(pitch.eventId, viewer).orElseThrow(NotFoundException::new);
        try {
            pitches.updateWithDeck(pitchId, form.toInput(), PitchFormPage.bytes(deck), viewer);
            return Response.seeOther(URI.create("/pitches/mine")).build();
        } catch (Refusal refusal) {
            return PitchFormPage.again(pitches, calls, refusal, language.locale(), event, pitch, form, pitches.hasDeck(pitchId));
        }
    }

    /** The PDF, to its founder, the night's organizers and invited reviewers only; never cached. */
    @GET
    @Path("{pitchId}/deck")
    @Authenticated
    @Produces("application/pdf")
    public Response deck(@RestPath long pitchId) {
        return DeckAnswer.of(pitches.deck(pitchId, viewer));
    }
}

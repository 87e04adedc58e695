package dev.pitchnight.night;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.Event;
import dev.pitchnight.i18n.RequestLanguage;
import dev.pitchnight.qa.AwardService;
import dev.pitchnight.qa.QuestionService;
import dev.pitchnight.qa.QuestionView;
import dev.pitchnight.web.Refusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import dev.pitchnight.live.LiveService;
import dev.pitchnight.live.LiveView;

/**
 * The organizer's live control, made for a phone in the organizer's hand: the clock's buttons, the
 * stage links, moderation of the questions to the startup on stage, the award. Server-rendered and
 * complete without JavaScript; {@code js/live.js} makes it tick and update live.
 */
@Path("/events/{id}/live")
@Produces(MediaType.TEXT_HTML)
public class LivePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance control(LiveService.Control control, String stateJson, List<QuestionView> questions,
                                               AwardService.AwardView award, String error);

    }

    @Inject
    LiveService live;

    @Inject
    QuestionService questions;

    @Inject
    AwardService award;

    @Inject
    ObjectMapper json;

    @Inject
    Viewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @Authenticated
    public TemplateInstance control(@RestPath long id) {
        return controlPage(id, null);
    }

    @POST
    @Path("{action}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response act(@RestPath long id, @RestPath String action, @RestForm String moderation) {
        return change(id, () -> {
            if ("settings".equals(action)) {
                live.moderation(id, moderation, viewer);
            } else {
                live.act(id, LiveService.Action.of(action), viewer);
            }
        });
    }

    @POST
    @Path("questions/{questionId}/{action}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moderate(@RestPath long id, @RestPath long questionId, @RestPath String action, @RestForm String reason) {
        return change(id, () -> {
            questions.requireInNight(questionId, id);
            questions.moderate(questionId, action, reason, viewer);
        });
    }

    private TemplateInstance controlPage(long id, String error) {
        LiveService.Control control = live.control(id, viewer);
        LiveView state = live.withLatestChange(control.live());
        List<QuestionView> queue = state.slot() != null && state.slot().isPitch()
                ? questions.moderation(state.slot().id(), QuestionService.Sort.TIME, viewer) : List.of();
        return Templates.control(new LiveService.Control(control.event(), state, control.stageKey()), toJson(json, state), queue,
                award.view(id, viewer), error);
    }

    private Response change(long id, Runnable change) {
        try {
            change.run();
            return Response.seeOther(URI.create("/events/" + id + "/live")).build();
        } catch (Refusal refusal) {
            if (refusal.status() == Response.Status.FORBIDDEN || refusal.status() == Response.Status.NOT_FOUND) {
                throw refusal;
            }
            return Response.status(refusal.status()).entity(controlPage(id, refusal.detail(language.locale()))).build();
        }
    }

    static String toJson(ObjectMapper json, LiveView state) {
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

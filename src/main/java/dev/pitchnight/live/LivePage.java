package dev.pitchnight.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.Event;
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

/**
 * The live night's pages: the organizer's live control (a phone in the organizer's hand), the
 * stage view for the projector and the presenter view for the founder's phone (both behind the
 * night's unguessable stage link, no sign-in). Server-rendered and complete without JavaScript
 * (a refresh shows the current clock); {@code js/live.js} makes them tick and update live.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LivePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance control(LiveService.Control control, String stateJson, List<QuestionView> questions,
                                               AwardService.AwardView award, String error);

        static native TemplateInstance stage(Event event, LiveView live, String stateJson, String stageKey,
                                             List<QuestionView> questions, QuestionView pinned, AwardService.AwardView award,
                                             boolean presenter);
    }

    /** The stage shows this many questions under the pinned one. */
    static final int STAGE_QUESTIONS = 5;

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

    @GET
    @Path("events/{id}/live")
    @Authenticated
    public TemplateInstance control(@RestPath long id) {
        return controlPage(id, null);
    }

    @POST
    @Path("events/{id}/live/{action}")
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
    @Path("events/{id}/live/questions/{questionId}/{action}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response moderate(@RestPath long id, @RestPath long questionId, @RestPath String action, @RestForm String reason) {
        return change(id, () -> {
            if (questions.eventOf(questionId) != id) {
                throw Refusal.notFound("There is no question " + questionId + " in this night.");
            }
            questions.moderate(questionId, action, reason, viewer);
        });
    }

    @GET
    @Path("stage/{key}")
    @PermitAll
    public TemplateInstance stage(@RestPath String key) {
        return stagePage(key, false);
    }

    @GET
    @Path("stage/{key}/presenter")
    @PermitAll
    public TemplateInstance presenter(@RestPath String key) {
        return stagePage(key, true);
    }

    private TemplateInstance stagePage(String key, boolean presenter) {
        Event event = live.stageEvent(key);
        LiveView state = live.withLatestChange(live.stageState(key));
        List<QuestionView> all = state.slot() != null && state.slot().isPitch()
                ? questions.stageList(state.slot().id(), QuestionService.Sort.VOTES) : List.of();
        QuestionView pinned = all.stream().filter(QuestionView::pinned).findFirst().orElse(null);
        List<QuestionView> top = all.stream().filter(q -> !q.pinned() && !q.answered()).limit(presenter ? 3 : STAGE_QUESTIONS).toList();
        return Templates.stage(event, state, toJson(state), key, top, pinned, award.stageView(event.id), presenter);
    }

    private TemplateInstance controlPage(long id, String error) {
        LiveService.Control control = live.control(id, viewer);
        LiveView state = live.withLatestChange(control.live());
        List<QuestionView> queue = state.slot() != null && state.slot().isPitch()
                ? questions.moderation(state.slot().id(), QuestionService.Sort.TIME, viewer) : List.of();
        return Templates.control(new LiveService.Control(control.event(), state, control.stageKey()), toJson(state), queue,
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
            return Response.status(refusal.status()).entity(controlPage(id, refusal.getMessage())).build();
        }
    }

    private String toJson(LiveView state) {
        try {
            return json.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.pitchnight.night;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pitchnight.agenda.AgendaService;
import dev.pitchnight.event.Event;
import dev.pitchnight.qa.AwardService;
import dev.pitchnight.qa.QuestionService;
import dev.pitchnight.qa.QuestionView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;
import dev.pitchnight.live.LiveService;
import dev.pitchnight.live.LiveView;

/**
 * The stage view for the projector and the presenter view for the founder's phone, behind the
 * night's unguessable stage link (no sign-in). Complete without JavaScript (a refresh shows the
 * current clock); {@code js/live.js} counts down from the server's time and updates them live.
 */
@Path("/stage/{key}")
@Produces(MediaType.TEXT_HTML)
public class StagePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance stage(Event event, LiveView live, String stateJson, String stageKey,
                                             List<QuestionView> questions, QuestionView pinned, AwardService.AwardView award,
                                             boolean presenter, StageRoom room);
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
    AgendaService agenda;

    @Inject
    Clock clock;

    @Context
    UriInfo uri;

    @GET
    @PermitAll
    public TemplateInstance stage(@RestPath String key) {
        return stagePage(key, false);
    }

    @GET
    @Path("presenter")
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
        String base = uri.getBaseUri().toString().replaceAll("/$", "");
        StageRoom room = StageRoom.of(base, event.id, agenda.lineup(event).agenda(), event.startsAt, clock.instant(),
                award.votesCast(event.id));
        return Templates.stage(event, state, LivePage.toJson(json, state), key, top, pinned, award.stageView(event.id), presenter,
                room);
    }
}

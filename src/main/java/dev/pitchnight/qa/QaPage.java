package dev.pitchnight.qa;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.agenda.AgendaService;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import dev.pitchnight.i18n.RequestLanguage;
import dev.pitchnight.live.LiveService;
import dev.pitchnight.live.LiveView;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The audience's page for the live night, on their phones: who is on stage, ask them, upvote
 * others' questions, vote for the award. Plain forms without JavaScript; {@code js/live.js}
 * updates it live and sends votes without a reload.
 */
@Path("/events/{id}/qa")
@Produces(MediaType.TEXT_HTML)
public class QaPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance qa(Event event, LiveView live, List<QuestionView> questions, AwardService.AwardView award,
                                          String sort, int maxLength, String error, String text, AudienceAgenda agenda);
    }

    @Inject
    QuestionService questions;

    @Inject
    AwardService award;

    @Inject
    LiveService live;

    @Inject
    EventService events;

    @Inject
    AgendaService agenda;

    @Inject
    Viewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @PermitAll
    public TemplateInstance show(@RestPath long id, @RestQuery String sort) {
        return page(id, sort, null, null);
    }

    /** "Sign in to ask" comes back here. */
    @GET
    @Path("signin")
    @Authenticated
    public Response signIn(@RestPath long id) {
        return back(id, null);
    }

    @POST
    @Path("ask")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response ask(@RestPath long id, @RestForm long slotId, @RestForm String text, @RestForm String anonymous,
                        @RestForm String sort) {
        try {
            requireSameNight(id, questions.eventOfSlot(slotId));
            questions.ask(slotId, new QuestionInput(text, anonymous != null), viewer);
            return back(id, sort);
        } catch (Refusal refusal) {
            return refused(id, sort, refusal, text);
        }
    }

    @POST
    @Path("questions/{questionId}/{action}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response vote(@RestPath long id, @RestPath long questionId, @RestPath String action, @RestForm String sort) {
        try {
            requireSameNight(id, questions.eventOf(questionId));
            switch (action) {
                case "vote" -> questions.vote(questionId, viewer);
                case "unvote" -> questions.unvote(questionId, viewer);
                default -> throw QaRefusals.notFound(m -> m.qa_no_such_action());
            }
            return back(id, sort);
        } catch (Refusal refusal) {
            return refused(id, sort, refusal, null);
        }
    }

    @POST
    @Path("award")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response awardVote(@RestPath long id, @RestForm Long pitchId) {
        try {
            award.vote(id, pitchId, viewer);
            return back(id, null);
        } catch (Refusal refusal) {
            return refused(id, null, refusal, null);
        }
    }

    private static void requireSameNight(long id, long eventId) {
        if (eventId != id) {
            throw QaRefusals.notFound(m -> m.qa_not_in_night());
        }
    }

    private Response refused(long id, String sort, Refusal refusal, String text) {
        if (refusal.status() == Response.Status.NOT_FOUND) {
            throw refusal;
        }
        Response.ResponseBuilder answer = Response.status(refusal.status())
                .entity(page(id, sort, refusal.detail(language.locale()), text));
        if (refusal.retryAfter() != null) {
            answer.header(HttpHeaders.RETRY_AFTER, Refusal.seconds(refusal.retryAfter()));
        }
        return answer.build();
    }

    private static Response back(long id, String sort) {
        return Response.seeOther(URI.create("/events/" + id + "/qa" + ("time".equals(sort) ? "?sort=time" : "") + "#questions")).build();
    }

    private TemplateInstance page(long id, String sort, String error, String text) {
        Event event = events.visibleEvent(id, viewer).orElseThrow(() -> Refusal.notFound(m -> m.no_such_night(id)));
        LiveView state = live.withLatestChange(live.state(id, viewer));
        List<QuestionView> list = state.slot() != null && state.slot().isPitch()
                ? questions.list(state.slot().id(), QuestionService.sort(sort), viewer) : List.of();
        return Templates.qa(event, state, list, award.view(id, viewer), "time".equals(sort) ? "time" : "votes",
                questions.maxLength(), error, text, AudienceAgenda.of(agenda.lineup(event).agenda(), state));
    }
}

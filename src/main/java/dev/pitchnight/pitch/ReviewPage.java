package dev.pitchnight.pitch;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import dev.pitchnight.i18n.RequestLanguage;
import dev.pitchnight.web.FormState;
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
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The organizers' and reviewers' side of a night's pitches: the call's settings and reviewers
 * (organizers), the ranking, one pitch with its review form, and the decision buttons.
 */
@Path("/events/{id}/review")
@Produces(MediaType.TEXT_HTML)
public class ReviewPage {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    /** The call form's values as typed, and a message per wrong field. */
    public record CallForm(Map<String, String> values, Map<String, String> errors) implements FormState {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(Event event, Ranking ranking, PitchCall call, List<PitchReviewer> reviewers,
                                              boolean nightEnded);

        static native TemplateInstance callForm(Event event, CallForm form);

        static native TemplateInstance pitchReview(ReviewSheet sheet);
    }

    @Inject
    ReviewService reviews;

    @Inject
    CallService calls;

    @Inject
    DecisionService decisions;

    @Inject
    EventService events;

    @Inject
    Viewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @Authenticated
    public TemplateInstance review(@RestPath long id) {
        Ranking ranking = reviews.ranking(id, viewer);
        Event event = events.visibleEvent(id, viewer).orElseThrow(NotFoundException::new);
        return Templates.review(event, ranking, calls.call(id).orElse(null),
                ranking.organizer() ? decisions.reviewers(id, viewer) : List.of(), events.hasEnded(event));
    }

    @GET
    @Path("call")
    @Authenticated
    public TemplateInstance callForm(@RestPath long id) {
        Event event = events.organizedEvent(id, viewer);
        Map<String, String> values = new LinkedHashMap<>();
        PitchCall call = calls.call(id).orElse(null);
        if (call == null) {
            values.put("closesAt", event.localStart().minusWeeks(1).toLocalDateTime().format(LOCAL));
            values.put("slotsWanted", "4");
            values.put("blind", "on");
            values.put("weightTeam", "1");
            values.put("weightProblem", "1");
            values.put("weightTraction", "1");
            values.put("weightFit", "1");
        } else {
            values.put("opensAt", call.opensAt.atZone(event.zone()).toLocalDateTime().format(LOCAL));
            values.put("closesAt", call.closesAt.atZone(event.zone()).toLocalDateTime().format(LOCAL));
            values.put("brief", call.brief == null ? "" : call.brief);
            values.put("slotsWanted", Integer.toString(call.slotsWanted));
            values.put("blind", call.blind ? "on" : "");
            values.put("weightTeam", Integer.toString(call.weightTeam));
            values.put("weightProblem", Integer.toString(call.weightProblem));
            values.put("weightTraction", Integer.toString(call.weightTraction));
            values.put("weightFit", Integer.toString(call.weightFit));
        }
        return Templates.callForm(event, new CallForm(values, Map.of()));
    }

    @POST
    @Path("call")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveCall(@RestPath long id, @RestForm String opensAt, @RestForm String closesAt, @RestForm String brief,
                             @RestForm String slotsWanted, @RestForm String blind, @RestForm String weightTeam,
                             @RestForm String weightProblem, @RestForm String weightTraction, @RestForm String weightFit) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("opensAt", opensAt);
        values.put("closesAt", closesAt);
        values.put("brief", brief);
        values.put("slotsWanted", slotsWanted);
        values.put("blind", blind);
        values.put("weightTeam", weightTeam);
        values.put("weightProblem", weightProblem);
        values.put("weightTraction", weightTraction);
        values.put("weightFit", weightFit);
        values.values().removeIf(v -> v == null);
        Map<String, PitchRefusals.Words> problems = new LinkedHashMap<>();
        CallInput input = new CallInput(time(opensAt, "opensAt", problems), time(closesAt, "closesAt", problems),
                brief == null ? "" : brief, number(slotsWanted, "slotsWanted", problems), "on".equals(blind),
                number(weightTeam, "weightTeam", problems), number(weightProblem, "weightProblem", problems),
                number(weightTraction, "weightTraction", problems), number(weightFit, "weightFit", problems));
        try {
            if (!problems.isEmpty()) {
                throw PitchRefusals.invalid(m -> m.check_marked_fields(), problems);
            }
            calls.setCall(id, input, viewer);
            return Response.seeOther(URI.create("/events/" + id + "/review")).build();
        } catch (Refusal refusal) {
            if (refusal.status() == Response.Status.FORBIDDEN || refusal.status() == Response.Status.NOT_FOUND) {
                throw refusal;
            }
            Event event = events.organizedEvent(id, viewer);
            return Response.status(refusal.status())
                    .entity(Templates.callForm(event, new CallForm(values, refusal.fieldErrors(language.locale())))).build();
        }
    }

    @POST
    @Path("reviewers")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response invite(@RestPath long id, @RestForm String username) {
        decisions.invite(id, username, viewer);
        return Response.seeOther(URI.create("/events/" + id + "/review#reviewers")).build();
    }

    @POST
    @Path("reviewers/remove")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response uninvite(@RestPath long id, @RestForm String username) {
        decisions.uninvite(id, username, viewer);
        return Response.seeOther(URI.create("/events/" + id + "/review#reviewers")).build();
    }

    private static LocalDateTime time(String value, String field, Map<String, PitchRefusals.Words> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.put(field, m -> m.date_time());
            return null;
        }
    }

    static Integer number(String value, String field, Map<String, PitchRefusals.Words> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.put(field, m -> m.whole_number());
            return null;
        }
    }
}

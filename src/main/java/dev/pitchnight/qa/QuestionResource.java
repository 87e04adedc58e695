package dev.pitchnight.qa;

import dev.pitchnight.account.Viewer;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Audience questions over JSON. */
@Path("/api")
@Tag(name = "Audience Q&A")
@Produces(MediaType.APPLICATION_JSON)
public class QuestionResource {

    @Inject
    QuestionService questions;

    @Inject
    AwardService award;

    @Inject
    Viewer viewer;

    @POST
    @Path("slots/{id}/questions")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Ask the startup on stage", description = "People with a confirmed seat. {\"text\":\"…\",\"anonymous\":false}. 409 when the slot is not on stage, 429 after too many questions in a minute.")
    public Response ask(@RestPath long id, QuestionInput input) {
        QuestionView question = questions.ask(id, input, viewer);
        return Response.created(URI.create("/api/slots/" + id + "/questions#" + question.id())).entity(question).build();
    }

    @GET
    @Path("slots/{id}/questions")
    @PermitAll
    @Operation(summary = "The slot's questions", description = "Visible questions, most votes first (?sort=time: newest first), plus the caller's own pending or hidden ones. ?view=moderation: every question with its asker (organizers).")
    public List<QuestionView> list(@RestPath long id, @RestQuery String sort, @RestQuery String view) {
        if ("moderation".equals(view)) {
            return questions.moderation(id, QuestionService.sort(sort), viewer);
        }
        return questions.list(id, QuestionService.sort(sort), viewer);
    }

    @POST
    @Path("questions/{id}/vote")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Upvote a question", description = "Once per person; not one's own (403). The question with its vote count.")
    public QuestionView vote(@RestPath long id) {
        return questions.vote(id, viewer);
    }

    @DELETE
    @Path("questions/{id}/vote")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Take an upvote back", description = "The question with its vote count.")
    public QuestionView unvote(@RestPath long id) {
        return questions.unvote(id, viewer);
    }

    public record ModerationInput(String action, String reason) {
    }

    @POST
    @Path("questions/{id}/moderation")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Moderate a question", description = "Organizers. {\"action\":\"approve|hide|answered|unanswered|pin|unpin\",\"reason\":\"…\"} (a reason is required to hide).")
    public QuestionView moderate(@RestPath long id, ModerationInput input) {
        return questions.moderate(id, input == null ? null : input.action(), input == null ? null : input.reason(), viewer);
    }

    @GET
    @Path("events/{id}/award")
    @PermitAll
    @Operation(summary = "The audience award", description = "State (NONE, OPEN, CLOSED, REVEALED), the candidates, the caller's vote, and the results once revealed.")
    public AwardService.AwardView award(@RestPath long id) {
        return award.view(id, viewer);
    }

    public record AwardVote(Long pitchId) {
    }

    @POST
    @Path("events/{id}/award/vote")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Vote for the audience award", description = "People with a confirmed seat, once per night, while voting is open. {\"pitchId\":…}")
    public AwardService.AwardView voteAward(@RestPath long id, AwardVote vote) {
        return award.vote(id, vote == null ? null : vote.pitchId(), viewer);
    }
}

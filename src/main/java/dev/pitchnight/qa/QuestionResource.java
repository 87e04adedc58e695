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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** One audience question over JSON: votes and moderation. */
@Path("/api/questions/{id}")
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
    @Path("vote")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Upvote a question", description = "Once per person; not one's own (403). The question with its vote count.")
    public QuestionView vote(@RestPath long id) {
        return questions.vote(id, viewer);
    }

    @DELETE
    @Path("vote")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Take an upvote back", description = "The question with its vote count.")
    public QuestionView unvote(@RestPath long id) {
        return questions.unvote(id, viewer);
    }

    public record ModerationInput(
            @Schema(enumeration = {"APPROVE", "HIDE", "ANSWERED", "UNANSWERED", "PIN", "UNPIN"}) String action,
            String reason) {
    }

    @POST
    @Path("moderation")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Moderate a question", description = "Organizers. {\"action\":\"approve|hide|answered|unanswered|pin|unpin\",\"reason\":\"…\"} (a reason is required to hide).")
    public QuestionView moderate(@RestPath long id, ModerationInput input) {
        return questions.moderate(id, input == null ? null : input.action(), input == null ? null : input.reason(), viewer);
    }
}

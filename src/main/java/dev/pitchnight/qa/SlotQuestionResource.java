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

/** A pitch slot's audience questions over JSON. */
@Path("/api/slots/{id}/questions")
@Tag(name = "Audience Q&A")
@Produces(MediaType.APPLICATION_JSON)
public class SlotQuestionResource {

    @Inject
    QuestionService questions;

    @Inject
    AwardService award;

    @Inject
    Viewer viewer;

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Ask the startup on stage", description = "People with a confirmed seat. {\"text\":\"…\",\"anonymous\":false}. 409 when the slot is not on stage, 429 after too many questions in a minute.")
    public Response ask(@RestPath long id, QuestionInput input) {
        QuestionView question = questions.ask(id, input, viewer);
        return Response.created(URI.create("/api/slots/" + id + "/questions#" + question.id())).entity(question).build();
    }

    @GET
    @PermitAll
    @Operation(summary = "The slot's questions", description = "Visible questions, most votes first (?sort=time: newest first), plus the caller's own pending or hidden ones. ?view=moderation: every question with its asker (organizers).")
    public List<QuestionView> list(@RestPath long id, @RestQuery String sort, @RestQuery String view) {
        if ("moderation".equals(view)) {
            return questions.moderation(id, QuestionService.sort(sort), viewer);
        }
        return questions.list(id, QuestionService.sort(sort), viewer);
    }
}

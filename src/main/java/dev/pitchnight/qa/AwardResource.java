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

/** The audience award over JSON. */
@Path("/api/events/{id}/award")
@Tag(name = "Audience award")
@Produces(MediaType.APPLICATION_JSON)
public class AwardResource {

    @Inject
    QuestionService questions;

    @Inject
    AwardService award;

    @Inject
    Viewer viewer;

    @GET
    @PermitAll
    @Operation(summary = "The audience award", description = "State (NONE, OPEN, CLOSED, REVEALED), the candidates, the caller's vote, and the results once revealed.")
    public AwardService.AwardView award(@RestPath long id) {
        return award.view(id, viewer);
    }

    public record AwardVote(Long pitchId) {
    }

    @POST
    @Path("vote")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Vote for the audience award", description = "People with a confirmed seat, once per night, while voting is open. {\"pitchId\":…}")
    public AwardService.AwardView voteAward(@RestPath long id, AwardVote vote) {
        return award.vote(id, vote == null ? null : vote.pitchId(), viewer);
    }
}

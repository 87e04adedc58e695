package dev.pitchnight.pitch;

import dev.pitchnight.account.Viewer;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** One pitch on the review side: its details (blind for reviewers when the call is), the review form, the decision. */
@Path("/pitches")
@Produces(MediaType.TEXT_HTML)
public class PitchReviewPage {

    @Inject
    ReviewService reviews;

    @Inject
    DecisionService decisions;

    @Inject
    Viewer viewer;

    @GET
    @Path("{pitchId}/review")
    @Authenticated
    public TemplateInstance pitch(@RestPath long pitchId) {
        return ReviewPage.Templates.pitchReview(reviews.sheet(pitchId, viewer));
    }

    @POST
    @Path("{pitchId}/review")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveReview(@RestPath long pitchId, @RestForm String team, @RestForm String problem,
                               @RestForm String traction, @RestForm String fit, @RestForm String comment) {
        Map<String, PitchRefusals.Words> problems = new LinkedHashMap<>();
        ReviewInput input = new ReviewInput(ReviewPage.number(team, "team", problems), ReviewPage.number(problem, "problem", problems),
                ReviewPage.number(traction, "traction", problems), ReviewPage.number(fit, "fit", problems), comment);
        if (!problems.isEmpty()) {
            throw PitchRefusals.invalid(m -> m.review_every_criterion(), problems);
        }
        reviews.review(pitchId, input, viewer);
        return Response.seeOther(URI.create("/events/" + reviews.eventOf(pitchId) + "/review")).build();
    }

    @POST
    @Path("{pitchId}/decision")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@RestPath long pitchId, @RestForm String decision) {
        Pitch pitch = decisions.decide(pitchId, decision, viewer);
        return Response.seeOther(URI.create("/events/" + pitch.eventId + "/review#pitch-" + pitchId)).build();
    }
}

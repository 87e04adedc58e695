package dev.pitchnight.pitch;

import dev.pitchnight.account.Viewer;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** A night's call for pitches over JSON: submitting, listing, the ranking, reviewers. */
@Path("/api/events/{id}")
@Tag(name = "Pitches")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class PitchCallResource {

    public record Invitation(String username) {
    }

    public record Reviewer(String username, String invitedBy) {
    }

    @Inject
    PitchService pitches;

    @Inject
    CallService calls;

    @Inject
    ReviewService reviews;

    @Inject
    DecisionService decisions;

    @Inject
    Viewer viewer;

    @POST
    @Path("pitches")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Submit a pitch", description = "Founders only, while the night's call is open. 201 with the pitch; the founder gets a mail.")
    public Response submit(@RestPath long id, PitchInput input) {
        Pitch pitch = pitches.submit(id, input, viewer);
        return Response.created(URI.create("/api/pitches/" + pitch.id)).entity(pitches.fullView(pitch)).build();
    }

    @GET
    @Path("pitches")
    @Authenticated
    @Operation(summary = "A night's pitches", description = "Organizers: all. Invited reviewers: all but withdrawn, without founder and contact when the call is blind. Founders: their own.")
    public List<PitchView> list(@RestPath long id) {
        return pitches.forEvent(id, viewer);
    }

    @GET
    @Path("call")
    @Authenticated
    @Operation(summary = "A night's call for pitches", description = "Dates (night's offset), brief, slots wanted, blind or not, rubric weights.")
    public CallView call(@RestPath long id) {
        return calls.callView(id, viewer);
    }

    @PUT
    @Path("call")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open or change the call for pitches", description = "Organizers. Times local to the night's zone; weights 0-10.")
    public CallView setCall(@RestPath long id, CallInput input) {
        return calls.setCall(id, input, viewer);
    }

    @GET
    @Path("reviews")
    @Authenticated
    @Operation(summary = "The review ranking", description = "Organizers and invited reviewers: pitches by weighted mean with review counts; everyone's reviews for organizers only.")
    public Ranking ranking(@RestPath long id) {
        return reviews.ranking(id, viewer);
    }

    @GET
    @Path("reviewers")
    @Authenticated
    @Operation(summary = "Invited reviewers", description = "Organizers.")
    public List<Reviewer> reviewers(@RestPath long id) {
        return decisions.reviewers(id, viewer).stream().map(r -> new Reviewer(r.username, r.invitedBy)).toList();
    }

    @POST
    @Path("reviewers")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Invite a reviewer", description = "Organizers, by Keycloak user name. Inviting twice is the same as once.")
    public List<Reviewer> invite(@RestPath long id, Invitation invitation) {
        decisions.invite(id, invitation == null ? null : invitation.username(), viewer);
        return reviewers(id);
    }

    @DELETE
    @Path("reviewers/{username}")
    @Authenticated
    @Operation(summary = "Take back a reviewer's invitation", description = "Organizers. Their reviews stay.")
    public Response uninvite(@RestPath long id, @RestPath String username) {
        decisions.uninvite(id, username, viewer);
        return Response.noContent().build();
    }
}

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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** Pitches over JSON: founders submit and change their own; organizers and invited reviewers review and decide. */
@Path("/api/pitches/{id}")
@Tag(name = "Pitches")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class PitchResource {

    public record Decision(@Schema(enumeration = {"ACCEPTED", "RESERVE", "REJECTED"}) String decision) {
    }

    @Inject
    PitchService pitches;

    @Inject
    ReviewService reviews;

    @Inject
    DecisionService decisions;

    @Inject
    Viewer viewer;

    @GET
    @Authenticated
    @Operation(summary = "One pitch", description = "Its founder, the night's organizers and invited reviewers; 404 for everyone else.")
    public PitchView one(@RestPath long id) {
        return pitches.view(id, viewer);
    }

    @PUT
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a pitch", description = "Its founder, until the call closes.")
    public PitchView update(@RestPath long id, PitchInput input) {
        return pitches.fullView(pitches.update(id, input, viewer));
    }

    @DELETE
    @Authenticated
    @Operation(summary = "Withdraw a pitch", description = "Its founder. The pitch stays as WITHDRAWN; an agenda slot it held is freed.")
    public PitchView withdraw(@RestPath long id) {
        return pitches.fullView(pitches.withdraw(id, viewer));
    }

    @PUT
    @Path("deck")
    @Authenticated
    @Consumes({"application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "Upload the deck (PDF)", description = "Its founder, until the call closes. Checked by content; too large is 413.")
    public PitchView uploadDeck(@RestPath long id, byte[] content) {
        return pitches.fullView(pitches.uploadDeck(id, null, content, viewer));
    }

    @GET
    @Path("deck")
    @Authenticated
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "Download the deck", description = "Its founder, the night's organizers and invited reviewers.")
    public Response deck(@RestPath long id) {
        return DeckAnswer.of(pitches.deck(id, viewer));
    }

    @PUT
    @Path("review")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Review a pitch", description = "Organizers and invited reviewers: team, problem, traction, fit 1-5 and a comment. Replaces the caller's earlier review.")
    public ReviewView review(@RestPath long id, ReviewInput input) {
        return reviews.review(id, input, viewer);
    }

    @POST
    @Path("decision")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide", description = "Organizers: ACCEPTED, RESERVE or REJECTED. The founder hears by mail.")
    public PitchView decide(@RestPath long id, Decision decision) {
        if (decision == null) {
            throw PitchRefusals.invalid("decision", m -> m.required());
        }
        return pitches.fullView(decisions.decide(id, decision.decision(), viewer));
    }
}

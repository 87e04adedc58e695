package dev.pitchnight.message;

import dev.pitchnight.account.Viewer;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** Organizers' messages to a night's people, for scripts. */
@Path("/api/events/{id}/messages")
@Tag(name = "Messages")
@Produces(MediaType.APPLICATION_JSON)
public class MessageResource {

    /** What sending answers: how many people the message went to. */
    public record Accepted(long id, int recipients) {
    }

    @Inject
    NightMessages messages;

    @Inject
    Viewer viewer;

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Write to the people coming",
            description = "Body {\"audience\":\"CONFIRMED\"|\"WAITLISTED\"|\"ALL\",\"subject\":\"…\",\"body\":\"… (Markdown)\"}. "
                    + "Answers 202 with {\"recipients\":N}: one mail per person holding such a place now (people who turned "
                    + "organizers' messages off are not mailed), sent from the outbox. At most 3 messages per night in any "
                    + "hour (429 with Retry-After). Organizers only; 409 for a draft or cancelled night.")
    public Response send(@RestPath long id, MessageInput input) {
        NightMessages.Sent sent = messages.send(id, input, viewer);
        return Response.accepted(new Accepted(sent.id(), sent.recipients())).build();
    }

    @GET
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "The messages sent to the night's people", description = "Newest first, each with its audience and how many it reached. Organizers only.")
    public List<NightMessages.Sent> sent(@RestPath long id) {
        return messages.sent(id, viewer);
    }
}

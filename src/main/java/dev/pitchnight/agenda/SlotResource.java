package dev.pitchnight.agenda;

import dev.pitchnight.account.Viewer;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** A night's agenda over JSON: anyone reads it, organizers add to it. */
@Path("/api/events/{id}/slots")
@Tag(name = "Agenda")
@Produces(MediaType.APPLICATION_JSON)
public class SlotResource {

    @Inject
    AgendaService agenda;

    @Inject
    Viewer viewer;

    @GET
    @PermitAll
    @Operation(summary = "The agenda in order", description = "Each item with id, kind, startsAt, endsAt (computed from the night's start) and, for pitch slots, pitchId and company.")
    public List<SlotView> slots(@RestPath long id) {
        return agenda.slots(id, viewer);
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Append an item or a pitch slot", description = "Organizers. {\"pitchId\":…,\"pitchMinutes\":5,\"qaMinutes\":3} for an accepted pitch, or {\"kind\":\"BREAK\",\"minutes\":15}. 409 past the night's end or for a pitch that already has a slot.")
    public Response add(@RestPath long id, SlotInput input) {
        SlotView slot = agenda.add(id, input, viewer);
        return Response.created(URI.create("/api/slots/" + slot.id())).entity(slot).build();
    }
}

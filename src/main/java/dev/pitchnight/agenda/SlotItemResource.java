package dev.pitchnight.agenda;

import dev.pitchnight.account.Viewer;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PATCH;
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

/** One agenda item: change its length, move it, remove it (organizers). */
@Path("/api/slots/{id}")
@Tag(name = "Agenda")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class SlotItemResource {

    public record Move(Integer position) {
    }

    @Inject
    AgendaService agenda;

    @Inject
    Viewer viewer;

    @PATCH
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change an item", description = "minutes and title, or pitchMinutes and qaMinutes of a pitch slot. 409 when the agenda would run past the night's end.")
    public SlotView change(@RestPath long id, SlotInput input) {
        return agenda.change(id, input, viewer);
    }

    @POST
    @Path("move")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move an item", description = "To {\"position\":n} (1 = first). Answers the whole agenda with recomputed times.")
    public List<SlotView> move(@RestPath long id, Move move) {
        return agenda.move(id, move == null ? null : move.position(), viewer);
    }

    @DELETE
    @Authenticated
    @Operation(summary = "Remove an item", description = "The items after it move up.")
    public Response remove(@RestPath long id) {
        agenda.remove(id, viewer);
        return Response.noContent().build();
    }
}

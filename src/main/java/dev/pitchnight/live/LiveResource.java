package dev.pitchnight.live;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.EventService;
import dev.pitchnight.web.Refusal;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.sql.SQLException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The live night over JSON and server-sent events. */
@Path("/api/events/{id}/live")
@Tag(name = "Live night")
@Produces(MediaType.APPLICATION_JSON)
public class LiveResource {

    @Inject
    LiveService live;

    @Inject
    LiveStream streams;

    @Inject
    EventService events;

    @Inject
    Viewer viewer;

    @GET
    @PermitAll
    @Operation(summary = "The live state", description = "Current slot, phase, remainingMillis at serverTime (epoch ms), next item, changeId (listen to the stream from there).")
    public LiveView state(@RestPath long id, @RestQuery String key) {
        if (key != null) {
            if (live.eventOfStage(key) != id) {
                throw Refusal.notFound(m -> m.no_such_night(id));
            }
            return live.withLatestChange(live.stageState(key));
        }
        return live.withLatestChange(live.state(id, viewer));
    }

    @GET
    @Path("stream")
    @PermitAll
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Server-sent events of live changes", description = "Events live (the new state), question, vote, award; the event id is the change id. Reconnect with Last-Event-ID (or ?since=changeId) to get what was missed. ?key= the stage link's key for a night not public.")
    public void stream(@RestPath long id, @RestQuery String key, @RestQuery Long since,
                       @HeaderParam("Last-Event-ID") String lastEventId, @Context SseEventSink sink, @Context Sse sse)
            throws SQLException {
        boolean allowed = key != null ? live.eventOfStage(key) == id : events.visibleEvent(id, viewer).isPresent();
        if (!allowed) {
            throw Refusal.notFound(m -> m.no_such_night(id));
        }
        streams.open(id, after(lastEventId, since), sink, sse);
    }

    @POST
    @Path("{action}")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Run the night", description = "Organizers. start, pause, resume, extend (+1 min), next, qa (the slot's Q&A), award-open, award-close, award-reveal. 409 when the action makes no sense now.")
    public LiveView act(@RestPath long id, @RestPath String action) {
        return live.act(id, LiveService.Action.of(action), viewer);
    }

    public record Stage(String stageKey, String stageUrl, String presenterUrl) {
    }

    @GET
    @Path("stage")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "The stage link", description = "Organizers. The night's unguessable stage and presenter addresses (no sign-in needed to open them).")
    public Stage stage(@RestPath long id) {
        String key = live.control(id, viewer).stageKey();
        return new Stage(key, "/stage/" + key, "/stage/" + key + "/presenter");
    }

    public record Settings(@Schema(enumeration = {"PRE", "POST"}) String moderation) {
    }

    @PUT
    @Path("settings")
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Moderation of questions", description = "Organizers. {\"moderation\":\"PRE\"} (approve each question) or \"POST\" (shown at once).")
    public LiveView settings(@RestPath long id, Settings settings) {
        return live.moderation(id, settings == null ? null : settings.moderation(), viewer);
    }

    private static long after(String lastEventId, Long since) {
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                return Math.max(0, Long.parseLong(lastEventId.strip()));
            } catch (NumberFormatException e) {
                throw LiveRefusals.invalid("Last-Event-ID", m -> m.live_change_id());
            }
        }
        return since == null ? 0 : Math.max(0, since);
    }
}

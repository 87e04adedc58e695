package dev.pitchnight.message;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import dev.pitchnight.i18n.RequestLanguage;
import dev.pitchnight.web.Refusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** {@code /events/{id}/messages}: the organizer writes to the people coming, and sees what was sent to how many. */
@Path("/events/{id}/messages")
@Produces(MediaType.TEXT_HTML)
public class MessagesPage {

    /** The form as typed, and what is wrong with it. */
    public record Draft(String audience, String subject, String body, String error, Map<String, String> fieldErrors) {
        static Draft empty() {
            return new Draft("CONFIRMED", "", "", null, Map.of());
        }

        public String fieldError(String field) {
            return fieldErrors.get(field);
        }

        public boolean has(String field) {
            return fieldErrors.containsKey(field);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance messages(Event event, Draft draft, List<NightMessages.Sent> sent, Integer sentTo, int perHour);
    }

    @Inject
    EventService events;

    @Inject
    NightMessages messages;

    @Inject
    Viewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @Authenticated
    public TemplateInstance page(@RestPath long id, @QueryParam("sent") Integer sentTo) {
        Event event = events.organizedEvent(id, viewer);
        return Templates.messages(event, Draft.empty(), messages.sent(id, viewer), sentTo, NightMessages.PER_HOUR);
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@RestPath long id, @RestForm String audience, @RestForm String subject, @RestForm String body) {
        Event event = events.organizedEvent(id, viewer);
        try {
            NightMessages.Sent sent = messages.send(id, new MessageInput(audience, subject, body), viewer);
            return Response.seeOther(URI.create("/events/" + id + "/messages?sent=" + sent.recipients())).build();
        } catch (Refusal refusal) {
            Draft draft = new Draft(audience, subject == null ? "" : subject, body == null ? "" : body,
                    refusal.detail(language.locale()), refusal.fieldErrors(language.locale()));
            Response.ResponseBuilder answer = Response.status(refusal.status())
                    .entity(Templates.messages(event, draft, messages.sent(id, viewer), null, NightMessages.PER_HOUR));
            if (refusal.retryAfter() != null) {
                answer.header("Retry-After", Refusal.seconds(refusal.retryAfter()));
            }
            return answer.build();
        }
    }
}

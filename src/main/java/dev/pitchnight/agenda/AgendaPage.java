package dev.pitchnight.agenda;

import dev.pitchnight.account.Viewer;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/**
 * The organizer's run-of-show editor: add items and pitch slots, move them up and down (buttons
 * without JavaScript; drag and drop where it runs), remove them. A change the rules refuse comes
 * back on the same page with the reason.
 */
@Path("/events/{id}/agenda")
@Produces(MediaType.TEXT_HTML)
public class AgendaPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agenda(AgendaEditor editor, String error, AgendaItem.Kind[] kinds);
    }

    @Inject
    AgendaService agenda;

    @Inject
    Viewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @Authenticated
    public TemplateInstance show(@RestPath long id) {
        return page(id, null);
    }

    @POST
    @Path("items")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addItem(@RestPath long id, @RestForm String kind, @RestForm String title, @RestForm String minutes) {
        return change(id, () -> agenda.add(id, new SlotInput(kind, title, number(minutes, "minutes"), null, null, null), viewer));
    }

    @POST
    @Path("slots")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSlot(@RestPath long id, @RestForm String pitchId, @RestForm String pitchMinutes,
                            @RestForm String qaMinutes) {
        return change(id, () -> {
            Integer pitch = number(pitchId, "pitchId");
            if (pitch == null) {
                throw AgendaRefusals.invalid("pitchId", m -> m.agenda_choose_pitch());
            }
            return agenda.add(id, new SlotInput(null, null, null, pitch.longValue(), number(pitchMinutes, "pitchMinutes"),
                    number(qaMinutes, "qaMinutes")), viewer);
        });
    }

    @POST
    @Path("{itemId}/move")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@RestPath long id, @RestPath long itemId, @RestForm String position) {
        return change(id, () -> {
            requireSameNight(id, itemId);
            Integer to = number(position, "position");
            return agenda.move(itemId, to == null ? 0 : to, viewer);
        });
    }

    @POST
    @Path("{itemId}/change")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeItem(@RestPath long id, @RestPath long itemId, @RestForm String minutes,
                               @RestForm String qaMinutes, @RestForm String title) {
        return change(id, () -> {
            requireSameNight(id, itemId);
            return agenda.change(itemId, new SlotInput(null, title == null ? null : title, number(minutes, "minutes"), null,
                    null, number(qaMinutes, "qaMinutes")), viewer);
        });
    }

    @POST
    @Path("{itemId}/remove")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestPath long id, @RestPath long itemId) {
        return change(id, () -> {
            requireSameNight(id, itemId);
            agenda.remove(itemId, viewer);
            return null;
        });
    }

    private void requireSameNight(long id, long itemId) {
        if (agenda.eventOf(itemId) != id) {
            throw AgendaRefusals.notFound(m -> m.agenda_no_item_in_night(itemId));
        }
    }

    private Response change(long id, Supplier<Object> change) {
        try {
            change.get();
            return Response.seeOther(URI.create("/events/" + id + "/agenda#agenda")).build();
        } catch (Refusal refusal) {
            if (refusal.status() == Response.Status.FORBIDDEN || refusal.status() == Response.Status.NOT_FOUND) {
                throw refusal;
            }
            return Response.status(refusal.status()).entity(page(id, refusal.detail(language.locale()))).build();
        }
    }

    private TemplateInstance page(long id, String error) {
        return Templates.agenda(agenda.editor(id, viewer), error, AgendaItem.Kind.values());
    }

    private static Integer number(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid(field, m -> m.whole_number());
        }
    }
}

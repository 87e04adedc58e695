package dev.pitchnight.event;

import dev.pitchnight.account.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** A group's public page, with joining and leaving. */
@Path("/groups/{slug}")
@Produces(MediaType.TEXT_HTML)
public class GroupPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance group(GroupOverview overview, List<GroupMember> organizers);
    }

    @Inject
    EventService events;

    @Inject
    Viewer viewer;

    @Inject
    EventCalendar calendars;

    @GET
    @PermitAll
    public TemplateInstance show(@RestPath String slug) {
        GroupOverview overview = events.group(slug, viewer);
        return Templates.group(overview, events.organizers(overview.group()));
    }

    /** The group's nights as a calendar to subscribe to. */
    @GET
    @Path("calendar.ics")
    @PermitAll
    @Produces("text/calendar")
    public Response calendar(@RestPath String slug, @Context UriInfo uri) {
        GroupOverview overview = events.group(slug, viewer);
        String feed = calendars.group(overview.group(), events.calendarFeed(overview.group()),
                event -> uri.getBaseUriBuilder().path("events").path(Long.toString(event.id)).build().toString());
        return Response.ok(feed, "text/calendar; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"" + slug + ".ics\"")
                .build();
    }

    @POST
    @Path("organizers")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addOrganizer(@RestPath String slug, @RestForm String username) {
        events.addCoOrganizer(slug, username, viewer);
        return Response.seeOther(URI.create("/groups/" + slug + "#organizers")).build();
    }

    @POST
    @Path("organizers/remove")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeOrganizer(@RestPath String slug, @RestForm String username) {
        events.removeCoOrganizer(slug, username, viewer);
        return Response.seeOther(URI.create("/groups/" + slug + "#organizers")).build();
    }

    @POST
    @Path("join")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@RestPath String slug) {
        events.join(slug, viewer);
        return Response.seeOther(URI.create("/groups/" + slug)).build();
    }

    @POST
    @Path("leave")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response leave(@RestPath String slug) {
        events.leave(slug, viewer);
        return Response.seeOther(URI.create("/groups/" + slug)).build();
    }
}

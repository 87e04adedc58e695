package dev.pitchnight.event;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.i18n.RequestLanguage;
import dev.pitchnight.web.Paged;
import dev.pitchnight.web.Refusal;
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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** The groups' directory, starting a group, and a group's page with joining, leaving and editing. */
@Path("/groups")
@Produces(MediaType.TEXT_HTML)
public class GroupPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance group(GroupOverview overview, List<GroupView.Organizer> organizers);
    }

    @Inject
    GroupService groups;

    @Inject
    RequestLanguage language;

    @Inject
    EventService events;

    @Inject
    Viewer viewer;

    @Inject
    EventCalendar calendars;

    @GET
    @PermitAll
    public TemplateInstance directory(@RestQuery String q, @RestQuery String page) {
        int[] paging = Paged.checked(page, null);
        return GroupsPage.Templates.groups(groups.directory(q, null, paging[0], paging[1]), q == null ? "" : q);
    }

    @GET
    @Path("new")
    @Authenticated
    public TemplateInstance newGroup() {
        return GroupsPage.Templates.groupForm(null, GroupForm.blank(), EventFormPage.ZONES);
    }

    @POST
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(MultivaluedMap<String, String> fields) {
        GroupForm form = GroupForm.posted(GroupsPage.single(fields));
        try {
            MeetupGroup group = groups.create(form.toInput(true), viewer);
            return Response.seeOther(URI.create("/groups/" + group.slug)).build();
        } catch (Refusal refusal) {
            return GroupsPage.again(refusal, language.locale(), null, form);
        }
    }

    @GET
    @Path("{slug}")
    @PermitAll
    public TemplateInstance show(@RestPath String slug, @RestQuery String page, @RestQuery String past) {
        int upcomingPage = Paged.checked(page, null)[0];
        int pastPage = Paged.checked(past, null)[0];
        MeetupGroup group = groups.bySlug(slug);
        GroupOverview overview = events.group(slug, viewer, upcomingPage, pastPage, groups.memberNames(group, viewer));
        return Templates.group(overview, groups.view(group).organizers());
    }

    @GET
    @Path("{slug}/edit")
    @Authenticated
    public TemplateInstance edit(@RestPath String slug) {
        MeetupGroup group = events.groupToOrganize(slug, viewer);
        return GroupsPage.Templates.groupForm(group, GroupForm.of(group), EventFormPage.ZONES);
    }

    @POST
    @Path("{slug}/edit")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@RestPath String slug, MultivaluedMap<String, String> fields) {
        MeetupGroup group = events.groupToOrganize(slug, viewer);
        GroupForm form = GroupForm.posted(GroupsPage.single(fields));
        try {
            groups.update(slug, form.toInput(false), viewer);
            return Response.seeOther(URI.create("/groups/" + slug)).build();
        } catch (Refusal refusal) {
            return GroupsPage.again(refusal, language.locale(), group, form);
        }
    }

    /** An organizer deletes a draft from the group's page. */
    @POST
    @Path("{slug}/drafts/{id}/delete")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteDraft(@RestPath String slug, @RestPath long id) {
        events.deleteDraft(id, viewer);
        return Response.seeOther(URI.create("/groups/" + slug + "#drafts")).build();
    }

    /** The group's nights as a calendar to subscribe to. */
    @GET
    @Path("{slug}/calendar.ics")
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
    @Path("{slug}/organizers")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addOrganizer(@RestPath String slug, @RestForm String username) {
        events.addCoOrganizer(slug, username, viewer);
        return Response.seeOther(URI.create("/groups/" + slug + "#organizers")).build();
    }

    @POST
    @Path("{slug}/organizers/remove")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response removeOrganizer(@RestPath String slug, @RestForm String username) {
        events.removeCoOrganizer(slug, username, viewer);
        return Response.seeOther(URI.create("/groups/" + slug + "#organizers")).build();
    }

    @POST
    @Path("{slug}/join")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response join(@RestPath String slug) {
        events.join(slug, viewer);
        return Response.seeOther(URI.create("/groups/" + slug)).build();
    }

    @POST
    @Path("{slug}/leave")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response leave(@RestPath String slug) {
        events.leave(slug, viewer);
        return Response.seeOther(URI.create("/groups/" + slug)).build();
    }
}

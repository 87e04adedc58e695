package dev.pitchnight.event;

import dev.pitchnight.account.Role;
import dev.pitchnight.account.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
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
import org.jboss.resteasy.reactive.RestPath;

/** The administrators' page: every group, and suspending or restoring one. */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
public class AdminPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(List<GroupService.AdminLine> lines);
    }

    @Inject
    GroupService groups;

    @Inject
    Viewer viewer;

    @GET
    @RolesAllowed(Role.ADMIN_NAME)
    public TemplateInstance admin() {
        return Templates.admin(groups.adminOverview(viewer));
    }

    @POST
    @Path("groups/{slug}/suspend")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response suspend(@RestPath String slug) {
        groups.suspend(slug, true, viewer);
        return Response.seeOther(URI.create("/admin#group-" + slug)).build();
    }

    @POST
    @Path("groups/{slug}/restore")
    @RolesAllowed(Role.ADMIN_NAME)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@RestPath String slug) {
        groups.suspend(slug, false, viewer);
        return Response.seeOther(URI.create("/admin#group-" + slug)).build();
    }
}

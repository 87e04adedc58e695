package dev.pitchnight.checkin;

import dev.pitchnight.account.Viewer;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** No-shows per night and per person across a group's past nights, and the group's optional rule. */
@Path("/groups/{slug}/attendance")
public class GroupAttendancePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance groupAttendance(AttendanceService.GroupAttendance attendance);
    }

    @Inject
    AttendanceService attendance;

    @Inject
    Viewer viewer;

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@RestPath String slug) {
        return Templates.groupAttendance(attendance.group(slug, viewer));
    }

    @POST
    @Path("rule")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rule(@RestPath String slug, @RestForm String noShowLimit) {
        Integer limit = null;
        if (noShowLimit != null && !noShowLimit.isBlank()) {
            try {
                limit = Integer.valueOf(noShowLimit.strip());
            } catch (NumberFormatException notANumber) {
                throw CheckinRefusals.invalid("noShowLimit", m -> m.attendance_limit_number());
            }
        }
        attendance.setRule(slug, limit, viewer);
        return Response.seeOther(URI.create("/groups/" + slug + "/attendance#rule")).build();
    }
}

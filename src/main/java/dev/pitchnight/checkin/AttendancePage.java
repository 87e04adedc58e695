package dev.pitchnight.checkin;

import dev.pitchnight.account.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestPath;

/** After (or during) a night: who came and who did not, for its organizers. */
@Path("/events/{id}/attendance")
public class AttendancePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance attendance(AttendanceService.NightAttendance night);
    }

    @Inject
    AttendanceService attendance;

    @Inject
    Viewer viewer;

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@RestPath long id) {
        return Templates.attendance(attendance.night(id, viewer));
    }
}

package dev.pitchnight.report;

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

/** A startup's report after the night, as a page: for its founder, and for the night's organizers. */
@Path("/pitches")
public class ReportPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(ReportView report);
    }

    @Inject
    ReportService reports;

    @Inject
    Viewer viewer;

    @GET
    @Path("{pitchId}/report")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance report(@RestPath long pitchId) {
        return Templates.report(reports.report(pitchId, viewer));
    }
}

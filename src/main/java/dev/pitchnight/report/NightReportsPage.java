package dev.pitchnight.report;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.web.Refusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import dev.pitchnight.i18n.RequestLanguage;
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
import org.jboss.resteasy.reactive.RestQuery;

/** The organizers' side of a night's reports: what each startup's founder sees of the review, and sending them. */
@Path("/events/{id}/reports")
@Produces(MediaType.TEXT_HTML)
public class NightReportsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance reports(NightReports night, String error, Integer sent, int noteMax);
    }

    @Inject
    ReportService reports;

    @Inject
    Viewer viewer;

    @Inject
    RequestLanguage language;

    @GET
    @Authenticated
    public TemplateInstance show(@RestPath long id, @RestQuery Integer sent) {
        return page(id, null, sent);
    }

    @POST
    @Path("{pitchId}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response share(@RestPath long id, @RestPath long pitchId, @RestForm String share, @RestForm String note) {
        try {
            reports.share(id, pitchId, "on".equals(share) || "true".equals(share), note, viewer);
            return Response.seeOther(URI.create("/events/" + id + "/reports#pitch-" + pitchId)).build();
        } catch (Refusal refusal) {
            return refused(id, refusal);
        }
    }

    @POST
    @Path("send")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@RestPath long id) {
        try {
            int queued = reports.send(id, viewer);
            return Response.seeOther(URI.create("/events/" + id + "/reports?sent=" + queued)).build();
        } catch (Refusal refusal) {
            return refused(id, refusal);
        }
    }

    /** Not allowed or not there: the error page; anything else: this page again with the reason. */
    private Response refused(long id, Refusal refusal) {
        if (refusal.status() == Response.Status.FORBIDDEN || refusal.status() == Response.Status.NOT_FOUND) {
            throw refusal;
        }
        return Response.status(refusal.status()).entity(page(id, refusal.detail(language.locale()), null)).build();
    }

    private TemplateInstance page(long id, String error, Integer sent) {
        return Templates.reports(reports.night(id, viewer), error, sent, ReportService.NOTE_MAX);
    }
}

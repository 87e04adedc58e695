package dev.pitchnight.report;

import dev.pitchnight.account.Viewer;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/** A startup's report after the night, over JSON, with the same rules as its page. */
@Path("/api/pitches/{id}")
@Tag(name = "Pitches")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "SecurityScheme")
public class ReportResource {

    @Inject
    ReportService reports;

    @Inject
    Viewer viewer;

    @GET
    @Path("report")
    @Authenticated
    @Operation(summary = "A startup's report after the night",
            description = "Its founder and the night's organizers; 404 for everyone else and for pitches that were not accepted. "
                    + "Questions the audience saw, most votes first; the award's standing once revealed (else null); "
                    + "the cards of the people who connected with the founder (founder only, else null; connectionCount for all); "
                    + "the review's means and the organizer's note only when shared (else null).")
    public ReportView report(@RestPath long id) {
        return reports.report(id, viewer);
    }
}

package dev.pitchnight.privacy;

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

/** The group owners' record of who opened, read or exported the group's attendee lists. */
@Path("/groups/{slug}/access")
public class AccessRecordPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance record(AccessRecords.Record record);
    }

    @Inject
    AccessRecords records;

    @Inject
    Viewer viewer;

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@RestPath String slug) {
        return Templates.record(records.of(slug, viewer));
    }
}

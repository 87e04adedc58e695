package dev.pitchnight.privacy;

import dev.pitchnight.account.ErasedAccounts;
import dev.pitchnight.account.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The public privacy page (its retention period read from {@link PrivacyConfig}, the setting the
 * forgetting job uses) and the person's own privacy page (download, delete).
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PrivacyPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance privacy(int retentionDays);

        static native TemplateInstance mine(Viewer viewer);

        static native TemplateInstance erased();
    }

    @Inject
    PrivacyConfig config;

    @Inject
    Viewer viewer;

    @Inject
    SecurityIdentity identity;

    @Inject
    Erasures erasures;

    @GET
    @Path("privacy")
    @PermitAll
    public TemplateInstance privacy() {
        return Templates.privacy(config.retentionDays());
    }

    @GET
    @Path("account/privacy")
    @Authenticated
    public TemplateInstance mine() {
        return Templates.mine(viewer);
    }

    /**
     * Deletes the account once the person typed their user name. The answer is the page itself (no
     * redirect: from now on this session is refused) and it ends the session cookie.
     */
    @POST
    @Path("account/privacy/delete")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@RestForm String confirm) {
        if (confirm == null || !confirm.strip().equals(viewer.username())) {
            throw PrivacyRefusals.invalid("confirm", m -> m.confirm_detail(), m -> m.confirm_mismatch());
        }
        erasures.request(viewer.username(), ErasedAccounts.subjectOf(identity));
        return Response.ok(Templates.erased())
                .cookie(new NewCookie.Builder("q_session").value("").path("/").maxAge(0).httpOnly(true).build())
                .build();
    }
}

package dev.pitchnight.account;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The signed-in person's own page, and the entry points for signing in and out. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class AccountPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(Viewer viewer);
    }

    @Inject
    Viewer viewer;

    @GET
    @Path("account")
    @Authenticated
    public TemplateInstance account() {
        return Templates.account(viewer);
    }

    /**
     * "Sign in" links here: the code flow sends the person to Keycloak, and once they are
     * back with a session this sends them home.
     */
    @GET
    @Path("signin")
    @Authenticated
    public Response signIn() {
        return Response.seeOther(URI.create("/")).build();
    }

    /**
     * With a session, the OIDC logout path ({@code quarkus.oidc.logout.path}) catches this
     * before it gets here and signs out at Keycloak; without one there is nothing to end.
     */
    @GET
    @Path("logout")
    @PermitAll
    public Response signedOutAlready() {
        return Response.seeOther(URI.create("/")).build();
    }
}

package dev.pitchnight.event;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.i18n.RequestLanguage;
import dev.pitchnight.web.Refusal;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** A group's logo on its edit page (upload and remove), and the logo's sizes as served, cached for a year. */
@Path("/groups/{slug}/logo")
public class LogoPage {

    @Inject
    EventPictures pictures;

    @Inject
    EventService events;

    @Inject
    Viewer viewer;

    @Inject
    RequestLanguage language;

    @POST
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@RestPath String slug, @RestForm("logo") FileUpload logo) {
        try {
            pictures.setLogo(slug, CoverPage.bytes(logo), null, viewer);
            return Response.seeOther(URI.create("/groups/" + slug + "/edit#logo")).build();
        } catch (Refusal refusal) {
            MeetupGroup group = events.groupToOrganize(slug, viewer);
            return GroupsPage.again(refusal, language.locale(), group, GroupForm.of(group));
        }
    }

    @POST
    @Path("delete")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response remove(@RestPath String slug) {
        pictures.removeLogo(slug, viewer);
        return Response.seeOther(URI.create("/groups/" + slug + "/edit#logo")).build();
    }

    @GET
    @Path("{hash}/{size}")
    @PermitAll
    @Produces({"image/jpeg", "image/png"})
    public Response picture(@RestPath String slug, @RestPath String hash, @RestPath String size) {
        return CoverPage.served(pictures.logo(slug, hash, size).orElseThrow(NotFoundException::new));
    }
}

package dev.pitchnight.network;

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
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

/** Networking at a night: publish a card, show one's QR, see who else opted in, connect. */
@Path("/events/{id}/network")
public class NetworkPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance network(NetworkService.NightNetwork night);

        static native TemplateInstance connect(long eventId, NetworkCard card, String code);
    }

    @Inject
    NetworkService network;

    @Inject
    Viewer viewer;

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show(@RestPath long id) {
        return Templates.network(network.night(id, viewer));
    }

    @POST
    @Path("card")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveCard(@RestPath long id, @RestForm String name, @RestForm String role, @RestForm String company,
                             @RestForm String link, @RestForm String email, @RestForm("lookingFor[]") List<String> lookingFor) {
        network.saveCard(id, new NetworkService.CardInput(name, role, company, link, email, lookingFor), viewer);
        return back(id, "#my-card");
    }

    @POST
    @Path("card/withdraw")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response withdraw(@RestPath long id) {
        network.withdrawCard(id, viewer);
        return back(id, "");
    }

    @POST
    @Path("connect")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response connect(@RestPath long id, @RestForm String username) {
        network.connect(id, username, viewer);
        return back(id, "#people");
    }

    /** Where a scanned card QR code leads: who it is, and a button to connect (a GET changes nothing). */
    @GET
    @Path("connect/{code}")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance scanned(@RestPath long id, @RestPath String code) {
        return Templates.connect(id, network.scanned(id, code, viewer), code);
    }

    @POST
    @Path("connect/{code}")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response connectByCode(@RestPath long id, @RestPath String code) {
        network.connectByCode(id, code, viewer);
        return Response.seeOther(URI.create("/contacts")).build();
    }

    private static Response back(long id, String anchor) {
        return Response.seeOther(URI.create("/events/" + id + "/network" + anchor)).build();
    }
}

package dev.pitchnight.network;

import dev.pitchnight.account.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestPath;

/** "My contacts": everyone the viewer connected with, each as a vCard, and all in one file. */
@Path("/contacts")
public class ContactsPage {

    private static final String VCARD = "text/vcard; charset=utf-8";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance contacts(List<NetworkService.Contact> contacts);
    }

    @Inject
    NetworkService network;

    @Inject
    Viewer viewer;

    @GET
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance show() {
        return Templates.contacts(network.contacts(viewer));
    }

    @GET
    @Path("all.vcf")
    @Authenticated
    @Produces("text/vcard")
    public Response all() {
        return vcard(VCards.write(network.contacts(viewer)), "pitchnight-contacts.vcf");
    }

    @GET
    @Path("{contact}.vcf")
    @Authenticated
    @Produces("text/vcard")
    public Response one(@RestPath long contact) {
        NetworkService.Contact found = network.contact(contact, viewer);
        return vcard(VCards.write(List.of(found)), found.username().replaceAll("[^A-Za-z0-9._-]", "_") + ".vcf");
    }

    private static Response vcard(String text, String filename) {
        return Response.ok(text, VCARD)
                .header("Content-Disposition", "attachment; filename=\"" + filename + "\"")
                .build();
    }
}

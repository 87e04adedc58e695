package dev.pitchnight.privacy;

import dev.pitchnight.account.ErasedAccounts;
import dev.pitchnight.account.Viewer;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own data: all of it as one download, and the erasure of their account. */
@Path("/api/me")
@Tag(name = "Account")
@Produces(MediaType.APPLICATION_JSON)
public class MyDataResource {

    @Inject
    Viewer viewer;

    @Inject
    SecurityIdentity identity;

    @Inject
    MyDataExport export;

    @Inject
    Erasures erasures;

    @GET
    @Path("export")
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Everything Pitchnight holds about the caller",
            description = "Profile, group memberships, RSVPs, check-ins, pitches, questions and votes, networking cards and "
                    + "connections, notification preferences and the mails sent to the caller, as an attachment. Only the "
                    + "caller's own data; docs/PRIVACY.md describes each field.")
    public Response export() {
        return Response.ok(export.of(viewer), MediaType.APPLICATION_JSON_TYPE)
                .header("Content-Disposition", "attachment; filename=\"pitchnight-" + viewer.username() + ".json\"")
                .header("Cache-Control", "no-store")
                .build();
    }

    @DELETE
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Erase the caller's account",
            description = "Needs ?confirm=<the caller's user name>, as the page asks to type it (400 otherwise). Accepted at once (202): the caller's tokens are refused from now on, and within seconds their "
                    + "places on nights to come are cancelled, their pitches on nights to come withdrawn, everything else that "
                    + "names them erased or pseudonymised, and their Keycloak account deleted. 409, with nothing erased, while "
                    + "they alone own a group with nights to come.")
    @APIResponse(responseCode = "202", description = "The erasure is under way")
    @APIResponse(responseCode = "400", description = "confirm is missing or not the caller's user name")
    @APIResponse(responseCode = "409", description = "The caller alone owns a group with nights to come")
    public Response erase(@Parameter(description = "The caller's own user name, typed to confirm (as on the page)")
                          @QueryParam("confirm") String confirm) {
        if (confirm == null || !confirm.strip().equals(viewer.username())) {
            throw PrivacyRefusals.invalid("confirm", m -> m.confirm_detail(), m -> m.confirm_mismatch());
        }
        erasures.request(viewer.username(), ErasedAccounts.subjectOf(identity));
        return Response.accepted(Map.of("status", "erasing")).build();
    }
}

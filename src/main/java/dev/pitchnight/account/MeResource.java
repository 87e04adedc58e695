package dev.pitchnight.account;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/me")
@Tag(name = "Account")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    Viewer viewer;

    @GET
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "The signed-in caller", description = "User name, display name, email and Pitchnight roles of the token's owner.")
    public Me me() {
        return Me.of(viewer);
    }
}

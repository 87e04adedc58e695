package dev.pitchnight.notify;

import dev.pitchnight.account.Viewer;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's mail preferences, as the settings page shows them. */
@Path("/api/me/notifications")
@Tag(name = "Account")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationsResource {

    /** A change: the fields given are set, the others stay as they are. */
    public record Change(Boolean newNights, Boolean reminders, Boolean organizerMessages) {
    }

    @Inject
    NotificationPreferences preferences;

    @Inject
    Viewer viewer;

    @GET
    @Authenticated
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Which optional mails the caller gets",
            description = "newNights (nights announced by the caller's groups), reminders, organizerMessages. "
                    + "Confirmations, waitlist changes and offers always go.")
    public NotificationPreferences.Choices choices() {
        return preferences.of(viewer.username());
    }

    @PATCH
    @Authenticated
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "SecurityScheme")
    @Operation(summary = "Choose which optional mails the caller gets",
            description = "Body {\"newNights\":false}: the fields given are set, the others stay. Answers the choices now in force.")
    public NotificationPreferences.Choices change(Change change) {
        NotificationPreferences.Choices now = preferences.of(viewer.username());
        if (change == null) {
            return now;
        }
        return preferences.choose(viewer.username(), new NotificationPreferences.Choices(
                change.newNights() == null ? now.newNights() : change.newNights(),
                change.reminders() == null ? now.reminders() : change.reminders(),
                change.organizerMessages() == null ? now.organizerMessages() : change.organizerMessages()));
    }
}

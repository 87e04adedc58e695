package dev.pitchnight.event;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words for sharing a night: calendar links and the map. German texts in {@code messages/sharemsg_de.properties}. */
@MessageBundle("sharemsg")
public interface ShareMessages {

    @Message("Add to calendar:")
    String share_add_to_calendar();

    @Message("Google")
    String share_google();

    @Message("Outlook")
    String share_outlook();

    @Message(".ics file")
    String share_ics();

    @Message("Map")
    String share_map();

    @Message("{venue} on OpenStreetMap (opens another site)")
    String share_map_label(String venue);
}

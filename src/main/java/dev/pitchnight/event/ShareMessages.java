package dev.pitchnight.event;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Words for sharing and repeating a night: calendar links, the map, "Announce the next night". German texts in {@code messages/sharemsg_de.properties}. */
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

    @Message("Announce the next night")
    String copy_title();

    @Message("A new draft with this night's details. You check it, then publish it.")
    String copy_intro();

    @Message("Starts ({zone})")
    String copy_starts(String zone);

    @Message("Four weeks on is proposed; the end, RSVP dates and the call for pitches move by the same amount.")
    String copy_hint();

    @Message("Copied: title, description, venue, capacity, guests, waitlist settings, the agenda without its pitch slots, and the call for pitches.")
    String copy_what();

    @Message("Not copied: RSVPs, pitches, questions and contact cards.")
    String copy_not();

    @Message("Create the draft")
    String copy_submit();

    @Message("Cancel")
    String copy_cancel();
}

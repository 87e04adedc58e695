package dev.pitchnight.rsvp;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The RSVP feature's words on pages: the held-back note, the attendee list's waitlist.
 * German texts are in {@code messages/rsvpmsg_de.properties}.
 */
@MessageBundle("rsvpmsg")
public interface RsvpMessages {

    @Message("Your place is held back until {until}: you missed your latest nights at this group without cancelling, and its organizers ask such RSVPs to wait first. You keep your place in line; from then on you get a seat when it is your turn.")
    String rsvp_held_note(String until);

    @Message("held back until {until}")
    String attendees_held_until(String until);

    @Message("Let in now")
    String attendees_let_in();

    @Message("Let {name} in now")
    String attendees_let_in_label(String name);
}

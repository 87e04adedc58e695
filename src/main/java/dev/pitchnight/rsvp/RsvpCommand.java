package dev.pitchnight.rsvp;

/** What a person asks of a night's RSVPs; the desk applies them in the order it accepted them. */
sealed interface RsvpCommand {

    String username();

    /** RSVP yes, or change the number of guests. */
    record Join(String username, int guests) implements RsvpCommand {
    }

    /** Give the place up (a seat, an offer, or a waitlist place). */
    record Leave(String username) implements RsvpCommand {
    }
}

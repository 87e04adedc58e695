package dev.pitchnight.rsvp;

/** What a person asks of a night's RSVPs; the desk applies them in the order it accepted them. */
sealed interface RsvpCommand {

    String username();

    /** RSVP yes, or change the number of guests; {@code email} is where mails about it go. */
    record Join(String username, int guests, String email) implements RsvpCommand {
    }

    /** Take the seat that is held for them (policy OFFER). */
    record Accept(String username) implements RsvpCommand {
    }

    /** Give the place up (a seat, an offer, or a waitlist place). */
    record Leave(String username) implements RsvpCommand {
    }
}

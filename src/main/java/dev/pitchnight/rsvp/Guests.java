package dev.pitchnight.rsvp;

import dev.pitchnight.event.Event;
import dev.pitchnight.web.Refusal;

/**
 * The one place for the rule on guests a person brings: a whole number, 0 or more, and no more
 * than the night allows. The form and the API hand the number to the desk, which refuses a
 * negative one before it queues; the rest needs the night and is checked in its transaction.
 */
public final class Guests {

    private Guests() {
    }

    /** The form's field: blank is no guests; anything but a whole number is refused. */
    public static int fromForm(String field) {
        try {
            return field == null || field.isBlank() ? 0 : Integer.parseInt(field.strip());
        } catch (NumberFormatException e) {
            throw Refusal.invalid("guests", m -> m.whole_number());
        }
    }

    /** Refuses a negative number of guests, whatever the night. */
    static void requireAtLeastZero(int guests) {
        if (guests < 0) {
            throw RsvpRefusals.invalid("guests", m -> m.rsvp_guests_at_least_zero());
        }
    }

    /** Refuses a negative number, or more guests than the night allows. */
    static void requireAllowed(Event event, int guests) {
        requireAtLeastZero(guests);
        if (guests > event.guestsAllowed) {
            throw RsvpRefusals.invalid("guests", m -> m.rsvp_too_many_guests(event.guestsAllowed));
        }
    }
}

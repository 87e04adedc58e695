package dev.pitchnight.rsvp;

import dev.pitchnight.event.Event;
import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.stream.IntStream;

/** What the RSVP panel needs to show a night. */
@TemplateExtension
public class RsvpFormats {

    /** 0, 1, … up to the guests the night allows: the options of the guests menu. */
    static List<Integer> guestChoices(Event event) {
        return IntStream.rangeClosed(0, event.guestsAllowed).boxed().toList();
    }

    /** Whether a new RSVP would go to the waitlist (someone waits, or no seat is left). */
    static boolean full(Event event) {
        return event.waitlistLength > 0 || event.seatsLeft() == 0;
    }

    static boolean isConfirmed(RsvpView rsvp) {
        return rsvp.status() == Rsvp.Status.CONFIRMED;
    }

    static boolean isWaitlisted(RsvpView rsvp) {
        return rsvp.status() == Rsvp.Status.WAITLISTED;
    }

    static boolean isOffered(RsvpView rsvp) {
        return rsvp.status() == Rsvp.Status.OFFERED;
    }
}

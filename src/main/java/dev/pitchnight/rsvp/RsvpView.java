package dev.pitchnight.rsvp;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A person's RSVP as the API and pages show it. {@code position} is 1 for the head of the
 * waitlist and absent unless WAITLISTED.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RsvpView(long eventId, String username, Rsvp.Status status, Integer position, int guests, int seats,
                       Instant offerExpiresAt, Instant updatedAt) {

    static RsvpView of(Rsvp rsvp, Integer position) {
        return new RsvpView(rsvp.eventId, rsvp.username, rsvp.status,
                rsvp.status == Rsvp.Status.WAITLISTED ? position : null,
                rsvp.guests, rsvp.seats, rsvp.offerExpiresAt, rsvp.updatedAt);
    }
}

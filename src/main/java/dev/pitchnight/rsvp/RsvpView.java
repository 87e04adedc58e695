package dev.pitchnight.rsvp;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A person's RSVP as the API and pages show it. {@code position} is 1 for the head of the
 * waitlist and absent unless WAITLISTED. {@code ticketToken} (only when CONFIRMED) is what the
 * ticket's QR code encodes: derived from the RSVP's id by {@link TicketTokens}, not stored.
 * {@code heldUntil} is set while the group's no-show rule holds a waitlist place back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RsvpView(long eventId, String username, Rsvp.Status status, Integer position, int guests, int seats,
                       Instant offerExpiresAt, Instant updatedAt, String ticketToken, Instant heldUntil) {

    static RsvpView of(Rsvp rsvp, Integer position) {
        return new RsvpView(rsvp.eventId, rsvp.username, rsvp.status,
                rsvp.status == Rsvp.Status.WAITLISTED ? position : null,
                rsvp.guests, rsvp.seats, rsvp.offerExpiresAt, rsvp.updatedAt,
                rsvp.status == Rsvp.Status.CONFIRMED ? TicketTokens.ticketOf(rsvp.id) : null,
                rsvp.heldBack() ? rsvp.heldUntil : null);
    }
}

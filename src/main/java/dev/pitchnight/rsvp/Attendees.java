package dev.pitchnight.rsvp;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/events/{id}/attendees}: who has a seat, and who waits, in order. */
public record Attendees(List<Seated> confirmed, List<Waiting> waitlisted) {

    public record Seated(String username, int guests, Instant since) {
    }

    /** {@code heldUntil} is set while the group's no-show rule holds the place back ({@link NoShowHold}). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Waiting(String username, int guests, int position, Instant heldUntil) {
    }
}

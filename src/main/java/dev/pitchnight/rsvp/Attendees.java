package dev.pitchnight.rsvp;

import java.time.Instant;
import java.util.List;

/** {@code GET /api/events/{id}/attendees}: who has a seat, and who waits, in order. */
public record Attendees(List<Seated> confirmed, List<Waiting> waitlisted) {

    public record Seated(String username, int guests, Instant since) {
    }

    public record Waiting(String username, int guests, int position) {
    }
}

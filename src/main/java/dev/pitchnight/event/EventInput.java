package dev.pitchnight.event;

import java.time.LocalDateTime;

/**
 * The body of {@code POST /api/groups/{slug}/events} and {@code PATCH /api/events/{id}}. Times
 * are local date-times in the event's {@code timeZone}. On PATCH, absent fields stay as they are.
 */
public record EventInput(String title, String description, LocalDateTime startsAt, LocalDateTime endsAt,
                         String timeZone, Integer capacity, Integer guestsAllowed, Boolean waitlistEnabled,
                         Event.WaitlistPolicy waitlistPolicy, Event.Status status, String venue, String venueAddress,
                         String onlineUrl, LocalDateTime rsvpOpensAt, LocalDateTime rsvpClosesAt) {
}

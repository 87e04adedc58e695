package dev.pitchnight.event;

import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /api/groups/{slug}/events} and {@code PATCH /api/events/{id}}. Times
 * are local date-times in the event's {@code timeZone}. On PATCH, absent fields stay as they are.
 */
public record EventInput(String title, String description, LocalDateTime startsAt, LocalDateTime endsAt,
                         @Schema(description = "An IANA time zone.", examples = "America/Los_Angeles") String timeZone,
                         Integer capacity, Integer guestsAllowed, Boolean waitlistEnabled,
                         Event.WaitlistPolicy waitlistPolicy, Event.Status status, String venue, String venueAddress,
                         @Schema(format = "uri") String onlineUrl, LocalDateTime rsvpOpensAt, LocalDateTime rsvpClosesAt) {
}

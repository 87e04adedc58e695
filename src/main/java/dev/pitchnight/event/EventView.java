package dev.pitchnight.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * An event as {@code /api} shows it. Times carry the night's own offset, so
 * {@code 2026-12-10T18:30:00-08:00} reads as the local time in Palo Alto and is still exact.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventView(long id, String slug, String group, String title, OffsetDateTime startsAt, OffsetDateTime endsAt,
                        String timeZone, String venue, String venueAddress, String onlineUrl, int capacity,
                        int guestsAllowed, int confirmedSeats, int seatsLeft, int waitlistLength, boolean waitlistEnabled,
                        Event.WaitlistPolicy waitlistPolicy, Event.Status status) {

    public static EventView of(Event event) {
        return new EventView(event.id, event.slug, event.group.slug, event.title,
                event.localStart().toOffsetDateTime(), event.localEnd().toOffsetDateTime(), event.timeZone,
                event.venueName, event.venueAddress, event.onlineUrl, event.capacity, event.guestsAllowed,
                event.confirmedSeats, event.seatsLeft(), event.waitlistLength, event.waitlistEnabled,
                event.waitlistPolicy, event.status);
    }
}

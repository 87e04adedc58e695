package dev.pitchnight.event;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.web.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

/**
 * "Announce the next night": a new draft that repeats an earlier night at another time. The night's own facts
 * are copied here; the features that hang off a night copy their part when {@link NightCopied} is fired, in the
 * same transaction, so a failure anywhere leaves no half-made copy.
 */
@ApplicationScoped
public class NightCopies {

    private final EventService events;
    private final Clock clock;
    private final jakarta.enterprise.event.Event<NightCopied> copied;

    NightCopies(EventService events, Clock clock, jakarta.enterprise.event.Event<NightCopied> copied) {
        this.events = events;
        this.clock = clock;
        this.copied = copied;
    }

    /** The date-time proposed for the next night: four weeks on, same weekday and time, in the night's zone. */
    public LocalDateTime proposedStart(Event original) {
        LocalDateTime now = LocalDateTime.now(clock.withZone(original.zone()));
        LocalDateTime start = original.localStart().toLocalDateTime().plusWeeks(4);
        while (!start.isAfter(now)) {
            start = start.plusWeeks(4);
        }
        return start;
    }

    /**
     * A DRAFT copy of the night starting at {@code startsAt} (local time in the night's zone), by one of its
     * organizers. Same title, description, venue, capacity, guests, waitlist settings and duration; RSVP
     * dates move with it.
     */
    @Transactional
    public Event copy(long id, CopyInput input, Viewer viewer, String language) {
        Event original = events.organizedEvent(id, viewer);
        if (input == null || input.startsAt() == null) {
            throw Refusal.invalid("startsAt", m -> m.required());
        }
        Instant startsAt = input.startsAt().atZone(original.zone()).toInstant();
        if (!startsAt.isAfter(clock.instant())) {
            throw EventRefusals.invalid("startsAt", m -> m.event_copy_in_future());
        }
        Duration shift = Duration.between(original.startsAt, startsAt).truncatedTo(ChronoUnit.SECONDS);
        Event copy = new Event();
        copy.group = original.group;
        copy.title = original.title;
        copy.slug = EventService.freeSlug(original.group, original.title);
        copy.description = original.description;
        copy.venueName = original.venueName;
        copy.venueAddress = original.venueAddress;
        copy.onlineUrl = original.onlineUrl;
        copy.timeZone = original.timeZone;
        copy.startsAt = startsAt;
        copy.endsAt = startsAt.plus(Duration.between(original.startsAt, original.endsAt));
        copy.capacity = original.capacity;
        copy.guestsAllowed = original.guestsAllowed;
        copy.waitlistEnabled = original.waitlistEnabled;
        copy.waitlistPolicy = original.waitlistPolicy;
        copy.rsvpOpensAt = shifted(original.rsvpOpensAt, shift);
        copy.rsvpClosesAt = shifted(original.rsvpClosesAt, shift);
        copy.status = Event.Status.DRAFT;
        copy.createdBy = viewer.username();
        copy.createdAt = clock.instant();
        copy.persist();
        copied.fire(new NightCopied(original, copy, shift, language));
        return copy;
    }

    /** A date moved by the copy's shift; null stays null. */
    public static Instant shifted(Instant instant, Duration shift) {
        return instant == null ? null : instant.plus(shift);
    }
}

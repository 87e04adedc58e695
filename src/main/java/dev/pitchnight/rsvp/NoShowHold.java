package dev.pitchnight.rsvp;

import dev.pitchnight.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * The RSVP side of a group's optional no-show rule: a member the rule flags joins the waitlist
 * even when seats are free, and the place is held back until {@link #RELEASE_BEFORE} before the
 * night; then the hold ends and they get a seat in their arrival order like anyone else waiting.
 * Nights without a waitlist, and RSVPs in the last day, are not held. Who the rule flags is the
 * door's knowledge (check-ins): it answers through {@link NoShowRecord}.
 */
@ApplicationScoped
public class NoShowHold {

    /** How long before the night held places are released. */
    public static final Duration RELEASE_BEFORE = Duration.ofHours(24);

    private final NoShowRecord record;

    NoShowHold(NoShowRecord record) {
        this.record = record;
    }

    /** When places held at this night are released. */
    public static Instant releaseAt(Event event) {
        return event.startsAt.minus(RELEASE_BEFORE);
    }

    /**
     * Which of these people a new RSVP to the night holds back, as of {@code now}; no query at
     * all when the rule cannot apply (no waitlist, or the release time has passed).
     */
    Set<String> heldBack(Event event, Collection<String> usernames, Instant now) {
        if (usernames.isEmpty() || !event.waitlistEnabled || !now.isBefore(releaseAt(event))) {
            return Set.of();
        }
        return record.flagged(event.group.id, usernames, now);
    }
}

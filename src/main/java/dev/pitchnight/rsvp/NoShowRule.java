package dev.pitchnight.rsvp;

import dev.pitchnight.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A group's optional rule "members with N no-shows in a row RSVP to the waitlist first"
 * (table {@code attendance_rules}; organizers set it on the group's attendance page).
 *
 * <p>A member is flagged when the rule is on and their latest N nights in the group at which
 * they still held a seat when the night ended were all no-shows (no check-in). Cancelling in
 * time is not a no-show; one night they attend resets the count. A flagged member's new RSVP
 * joins the waitlist even when seats are free and is held back until {@link #RELEASE_BEFORE}
 * before the night: then the hold ends and they get a seat in their arrival order like
 * anyone else waiting. Nights without a waitlist, and RSVPs in the last day, are not held.
 */
@ApplicationScoped
public class NoShowRule {

    /** How long before the night held places are released. */
    public static final Duration RELEASE_BEFORE = Duration.ofHours(24);

    /**
     * What a no-show is, for the rule and the attendance pages alike: the seats (r) still confirmed
     * when a published or completed night (e) of group ?1 had ended by ?2, with their check-in (c)
     * if any. Select {@link #CAME} for "came" (1) or "no-show" (0).
     */
    public static final String SEATS_AT_ENDED_NIGHTS = " FROM rsvps r JOIN events e ON e.id = r.event_id"
            + " LEFT JOIN checkins c ON c.rsvp_id = r.id"
            + " WHERE e.group_id = ?1 AND e.ends_at < ?2 AND e.status IN ('PUBLISHED', 'COMPLETED')"
            + " AND r.status = 'CONFIRMED'";
    public static final String CAME = "CASE WHEN c.id IS NULL THEN 0 ELSE 1 END";

    private final EntityManager em;

    NoShowRule(EntityManager em) {
        this.em = em;
    }

    /** The group's limit, or null when the rule is off (the default). */
    public Integer limit(long groupId) {
        List<?> rows = em.createNativeQuery("SELECT no_show_limit FROM attendance_rules WHERE group_id = ?1")
                .setParameter(1, groupId).getResultList();
        return rows.isEmpty() || rows.get(0) == null ? null : ((Number) rows.get(0)).intValue();
    }

    /** When places held at this night are released. */
    public static Instant releaseAt(Event event) {
        return event.startsAt.minus(RELEASE_BEFORE);
    }

    /**
     * Which of these people a new RSVP to the night holds back, as of {@code now}: one query
     * for the rule, one for the people's past nights, and none at all when the rule cannot
     * apply (no waitlist, or the release time has passed).
     */
    Set<String> heldBack(Event event, Collection<String> usernames, Instant now) {
        if (usernames.isEmpty() || !event.waitlistEnabled || !now.isBefore(releaseAt(event))) {
            return Set.of();
        }
        Integer limit = limit(event.group.id);
        if (limit == null) {
            return Set.of();
        }
        Set<String> held = new HashSet<>();
        pastNights(event.group.id, usernames, now).forEach((username, newestFirst) -> {
            if (streak(newestFirst) >= limit) {
                held.add(username);
            }
        });
        return held;
    }

    /** Whether the rule, as it stands, flags this person in the group. */
    public boolean flagged(long groupId, String username, Instant now) {
        Integer limit = limit(groupId);
        return limit != null && streak(pastNights(groupId, List.of(username), now).getOrDefault(username, List.of())) >= limit;
    }

    /** No-shows in a row, counted from the newest night back to the last one attended. */
    public static int streak(List<Boolean> cameNewestFirst) {
        int streak = 0;
        for (boolean came : cameNewestFirst) {
            if (came) {
                break;
            }
            streak++;
        }
        return streak;
    }

    /** Per person: came (true) or not at each past night of the group they held a seat for, newest first. */
    private Map<String, List<Boolean>> pastNights(long groupId, Collection<String> usernames, Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.username, " + CAME + SEATS_AT_ENDED_NIGHTS
                        + " AND r.username IN (?3) ORDER BY e.starts_at DESC, e.id DESC")
                .setParameter(1, groupId).setParameter(2, now).setParameter(3, usernames)
                .getResultList();
        Map<String, List<Boolean>> nights = new HashMap<>();
        for (Object[] row : rows) {
            nights.computeIfAbsent((String) row[0], name -> new ArrayList<>()).add(((Number) row[1]).intValue() == 1);
        }
        return nights;
    }
}

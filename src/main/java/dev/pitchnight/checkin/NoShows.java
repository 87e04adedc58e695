package dev.pitchnight.checkin;

import dev.pitchnight.rsvp.NoShowRecord;
import dev.pitchnight.rsvp.RsvpService.SeatAtEndedNight;
import dev.pitchnight.rsvp.RsvpService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A group's optional rule "members with N no-shows in a row RSVP to the waitlist first"
 * (table {@code attendance_rules}; organizers set it on the group's attendance page), and the one
 * definition of a no-show, for the rule and the attendance pages alike: a seat (RSVP) still
 * confirmed when a published or completed night of the group had ended, without a check-in.
 * Cancelling in time is not a no-show; one night attended resets the count. The RSVPs ask it
 * through {@link NoShowRecord} and hold the flagged people back ({@code rsvp/NoShowHold}).
 */
@ApplicationScoped
public class NoShows implements NoShowRecord {

    /** A seat at an ended night, and whether its holder came. */
    public record Night(SeatAtEndedNight seat, boolean came) {
    }

    private final RsvpService rsvps;

    NoShows(RsvpService rsvps) {
        this.rsvps = rsvps;
    }

    /** The group's limit, or null when the rule is off (the default). */
    public Integer limit(long groupId) {
        AttendanceRule rule = AttendanceRule.findById(groupId);
        return rule == null ? null : rule.noShowLimit;
    }

    @Override
    public Set<String> flagged(long groupId, Collection<String> usernames, Instant now) {
        Integer limit = limit(groupId);
        if (limit == null || usernames.isEmpty()) {
            return Set.of();
        }
        Set<String> held = new HashSet<>();
        pastNights(groupId, usernames, now).forEach((username, cameNewestFirst) -> {
            if (streak(cameNewestFirst) >= limit) {
                held.add(username);
            }
        });
        return held;
    }

    /** Whether the rule, as it stands, flags this person in the group. */
    public boolean flagged(long groupId, String username, Instant now) {
        return !flagged(groupId, List.of(username), now).isEmpty();
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

    /**
     * The seats at the group's ended nights and whether their holders came, newest night first
     * (then by user name): these people's, or everyone's when {@code usernames} is null.
     */
    public List<Night> endedNights(long groupId, Collection<String> usernames, Instant now) {
        List<SeatAtEndedNight> seats = rsvps.seatsAtEndedNights(groupId, usernames, now);
        Set<Long> came = seats.isEmpty() ? Set.of() : new HashSet<>(Checkin.getEntityManager()
                .createQuery("select c.rsvpId from Checkin c where c.rsvpId in ?1", Long.class)
                .setParameter(1, seats.stream().map(SeatAtEndedNight::rsvpId).toList()).getResultList());
        return seats.stream().map(seat -> new Night(seat, came.contains(seat.rsvpId()))).toList();
    }

    /** Per person: came (true) or not at each ended night of the group they held a seat for, newest first. */
    public Map<String, List<Boolean>> pastNights(long groupId, Collection<String> usernames, Instant now) {
        Map<String, List<Boolean>> nights = new LinkedHashMap<>();
        for (Night night : endedNights(groupId, usernames, now)) {
            nights.computeIfAbsent(night.seat().username(), name -> new ArrayList<>()).add(night.came());
        }
        return nights;
    }
}

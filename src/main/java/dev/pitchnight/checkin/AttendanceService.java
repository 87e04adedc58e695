package dev.pitchnight.checkin;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import dev.pitchnight.event.MeetupGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who came, for organizers only. A no-show is a seat still CONFIRMED when a night ended without
 * a check-in; a cancelled RSVP is never a no-show. The group's optional rule ("N no-shows in a
 * row RSVP to the waitlist first") is stored here and off unless an organizer turns it on.
 */
@ApplicationScoped
@Transactional
public class AttendanceService {

    /** One night: everyone with a seat, and the counts once it is over. */
    public record NightAttendance(Event event, List<CheckinService.DoorPerson> people, long came, long noShows,
                                  boolean ended) {
        /** Share of confirmed people who did not come, in whole percent; null before the night ends or with nobody. */
        public Integer noShowPercent() {
            return ended && !people.isEmpty() ? Math.round(100f * noShows / people.size()) : null;
        }
    }

    /** A past night in the group's summary. */
    public record NightRow(long eventId, String title, Instant startsAt, long confirmed, long came) {
        public long noShows() {
            return confirmed - came;
        }

        public Integer noShowPercent() {
            return confirmed == 0 ? null : Math.round(100f * noShows() / confirmed);
        }
    }

    /** A person across the group's past nights; {@code streak} counts the latest no-shows in a row. */
    public record PersonRow(String username, int nights, int came, int noShows, int streak, boolean waitlistFirst) {
        public int noShowPercent() {
            return nights == 0 ? 0 : Math.round(100f * noShows / nights);
        }
    }

    public record GroupAttendance(MeetupGroup group, List<NightRow> nights, List<PersonRow> people, Integer noShowLimit) {
    }

    private final Clock clock;
    private final EventService events;
    private final CheckinService checkins;
    private final NoShows noShows;

    AttendanceService(Clock clock, EventService events, CheckinService checkins, NoShows noShows) {
        this.noShows = noShows;
        this.clock = clock;
        this.events = events;
        this.checkins = checkins;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NightAttendance night(long eventId, Viewer viewer) {
        Event event = events.organizedEvent(eventId, viewer);
        List<CheckinService.DoorPerson> people = checkins.doorList(eventId);
        long came = people.stream().filter(CheckinService.DoorPerson::checkedIn).count();
        boolean ended = event.endsAt.isBefore(clock.instant());
        return new NightAttendance(event, people, came, ended ? people.size() - came : 0, ended);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GroupAttendance group(String slug, Viewer viewer) {
        MeetupGroup group = events.groupToOrganize(slug, viewer);
        Integer limit = noShows.limit(group.id);
        Map<Long, NightRow> nights = new LinkedHashMap<>();
        Map<String, List<Boolean>> history = new LinkedHashMap<>(); // newest night first
        for (NoShows.Night seat : noShows.endedNights(group.id, null, clock.instant())) {
            long eventId = seat.seat().eventId();
            boolean came = seat.came();
            NightRow night = nights.get(eventId);
            nights.put(eventId, new NightRow(eventId, seat.seat().title(), seat.seat().startsAt(),
                    (night == null ? 0 : night.confirmed()) + 1, (night == null ? 0 : night.came()) + (came ? 1 : 0)));
            history.computeIfAbsent(seat.seat().username(), name -> new ArrayList<>()).add(came);
        }
        List<PersonRow> people = new ArrayList<>();
        history.forEach((username, cameList) -> {
            int came = (int) cameList.stream().filter(Boolean::booleanValue).count();
            int streak = NoShows.streak(cameList);
            people.add(new PersonRow(username, cameList.size(), came, cameList.size() - came, streak,
                    limit != null && streak >= limit));
        });
        people.sort((a, b) -> a.noShows() != b.noShows() ? b.noShows() - a.noShows() : a.username().compareTo(b.username()));
        return new GroupAttendance(group, List.copyOf(nights.values()), people, limit);
    }

    /** Turns the rule on with a limit (1..20) or off (null). */
    public void setRule(String slug, Integer limit, Viewer viewer) {
        MeetupGroup group = events.groupToOrganize(slug, viewer);
        if (limit != null && (limit < 1 || limit > 20)) {
            throw CheckinRefusals.invalid("noShowLimit", m -> m.attendance_limit());
        }
        AttendanceRule rule = AttendanceRule.findById(group.id);
        if (rule == null) {
            rule = new AttendanceRule();
            rule.groupId = group.id;
            rule.noShowLimit = limit;
            rule.updatedAt = clock.instant();
            rule.updatedBy = viewer.username();
            rule.persist();
        } else {
            rule.noShowLimit = limit;
            rule.updatedAt = clock.instant();
            rule.updatedBy = viewer.username();
        }
    }

    /**
     * Whether the group's rule sends this person to the waitlist first: the rule is on and their
     * latest {@code limit} nights in the group were all no-shows ({@link NoShows}).
     */
    public boolean waitlistFirst(long groupId, String username) {
        return noShows.flagged(groupId, username, clock.instant());
    }
}

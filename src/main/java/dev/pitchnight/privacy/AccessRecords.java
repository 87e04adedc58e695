package dev.pitchnight.privacy;

import dev.pitchnight.account.People;
import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.EventPersonalData;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.rsvp.AttendeeListOpened;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The record of organizers' looks at attendee lists: written when the RSVPs announce one
 * ({@link AttendeeListOpened}, before the list is answered, so no list leaves unrecorded), read by
 * the group's owners ({@code /groups/{slug}/access}).
 */
@ApplicationScoped
public class AccessRecords {

    /** One line of the record as the owners read it. */
    public record Line(Instant at, String viewer, String viewerName, long eventId, String night, AttendeeListOpened.Kind kind) {
    }

    public record Record(MeetupGroup group, ZoneId zone, List<Line> lines) {
    }

    private final Clock clock;
    private final EventPersonalData events;
    private final People people;

    AccessRecords(Clock clock, EventPersonalData events, People people) {
        this.clock = clock;
        this.events = events;
        this.people = people;
    }

    @Transactional
    void onOpened(@Observes AttendeeListOpened opened) {
        AttendeeListAccess access = new AttendeeListAccess();
        access.eventId = opened.eventId();
        access.groupId = opened.groupId();
        access.viewer = opened.viewer();
        access.kind = opened.kind();
        access.accessedAt = clock.instant();
        access.persist();
    }

    /** The group's record, newest first (the latest 500), for its owners and admins only. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Record of(String slug, Viewer viewer) {
        MeetupGroup group = events.ownedGroup(slug, viewer);
        List<AttendeeListAccess> rows = AttendeeListAccess.<AttendeeListAccess>find(
                "groupId = ?1 order by accessedAt desc, id desc", group.id).page(0, 500).list();
        Map<Long, EventPersonalData.NightRef> nights = events.nights(rows.stream().map(row -> row.eventId).distinct().toList());
        Map<String, String> names = people.names(rows.stream().map(row -> row.viewer).distinct().toList());
        List<Line> lines = rows.stream().map(row -> new Line(row.accessedAt, row.viewer, names.get(row.viewer), row.eventId,
                nights.containsKey(row.eventId) ? nights.get(row.eventId).title() : "", row.kind)).toList();
        return new Record(group, ZoneId.of(group.timeZone), lines);
    }
}

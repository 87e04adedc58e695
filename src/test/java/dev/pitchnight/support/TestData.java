package dev.pitchnight.support;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import dev.pitchnight.notify.OutboxMail;
import dev.pitchnight.picture.PictureVariant;
import dev.pitchnight.rsvp.Rsvp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Rows the tests need, written through the real database. */
@ApplicationScoped
public class TestData {

    @Transactional
    public void clear() {
        PictureVariant.deleteAll();
        OutboxMail.deleteAll();
        Rsvp.deleteAll();
        Event.deleteAll();
        GroupMember.deleteAll();
        MeetupGroup.deleteAll();
    }

    @Transactional
    public MeetupGroup group(String slug, String name) {
        MeetupGroup group = new MeetupGroup();
        group.slug = slug;
        group.name = name;
        group.persist();
        return group;
    }

    @Transactional
    public void member(MeetupGroup group, String username, GroupMember.GroupRole role) {
        GroupMember member = new GroupMember();
        member.group = MeetupGroup.findById(group.id);
        member.username = username;
        member.role = role;
        member.persist();
    }

    /** A published night two weeks out with this capacity and guests allowance. */
    @Transactional
    public Event night(MeetupGroup group, String title, int capacity, int guestsAllowed) {
        Event event = event(group, title, Event.Status.PUBLISHED, Duration.ofDays(14));
        Event managed = Event.findById(event.id);
        managed.capacity = capacity;
        managed.guestsAllowed = guestsAllowed;
        return managed;
    }

    @Transactional
    public void setStatus(long eventId, Event.Status status) {
        Event.<Event>findById(eventId).status = status;
    }

    @Transactional
    public List<OutboxMail> outbox() {
        return OutboxMail.list("order by id");
    }

    @Transactional
    public long eventCount() {
        return Event.count();
    }

    @Transactional
    public void setPolicy(long eventId, Event.WaitlistPolicy policy) {
        Event.<Event>findById(eventId).waitlistPolicy = policy;
    }

    /** RSVPs open and close at these offsets from now. */
    @Transactional
    public void rsvpWindow(long eventId, Duration opens, Duration closes) {
        Event event = Event.findById(eventId);
        event.rsvpOpensAt = Instant.now().plus(opens);
        event.rsvpClosesAt = Instant.now().plus(closes);
    }

    @Transactional
    public void closeRsvpsIn(long eventId, Duration fromNow) {
        Event.<Event>findById(eventId).rsvpClosesAt = Instant.now().plus(fromNow);
    }

    /** Moves every open offer's deadline into the past. */
    @Transactional
    public void expireOffers(long eventId) {
        Rsvp.update("offerExpiresAt = ?1 where eventId = ?2 and status = ?3",
                Instant.now().minusSeconds(1), eventId, Rsvp.Status.OFFERED);
    }

    @Transactional
    public Event reload(long eventId) {
        return Event.findById(eventId);
    }

    @Transactional
    public List<Rsvp> rsvps(long eventId) {
        return Rsvp.list("eventId = ?1 order by queueNo", eventId);
    }

    /** A three-hour night starting {@code from now} (negative for the past). */
    @Transactional
    public Event event(MeetupGroup group, String title, Event.Status status, Duration fromNow) {
        Event event = new Event();
        event.group = MeetupGroup.findById(group.id);
        event.slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        event.title = title;
        event.startsAt = Instant.now().plus(fromNow);
        event.endsAt = event.startsAt.plus(Duration.ofHours(3));
        event.timeZone = "America/Los_Angeles";
        event.capacity = 195;
        event.status = status;
        event.createdBy = "olivia";
        event.persist();
        return event;
    }

    /**
     * Rows per table of the schema (Flyway's history left out): what a refused request must not change.
     * {@code people} is left out too: it mirrors the names in people's tokens, written at anyone's
     * first request after signing in, refused or not (account/NameKeeper).
     */
    @Transactional
    public Map<String, Long> rowCounts() {
        @SuppressWarnings("unchecked")
        List<String> tables = Event.getEntityManager().createNativeQuery(
                        "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                                + " AND table_type = 'BASE TABLE' AND table_name NOT IN ('flyway_schema_history', 'people') ORDER BY table_name")
                .getResultList();
        String union = tables.stream().map(t -> "SELECT '" + t + "', COUNT(*) FROM `" + t + "`")
                .collect(Collectors.joining(" UNION ALL "));
        Map<String, Long> counts = new TreeMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Event.getEntityManager().createNativeQuery(union).getResultList();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}

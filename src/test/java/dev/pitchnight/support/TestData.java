package dev.pitchnight.support;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.GroupMember;
import dev.pitchnight.event.MeetupGroup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/** Rows the tests need, written through the real database. */
@ApplicationScoped
public class TestData {

    @Transactional
    public void clear() {
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
}

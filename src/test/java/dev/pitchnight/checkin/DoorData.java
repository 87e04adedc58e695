package dev.pitchnight.checkin;

import dev.pitchnight.event.Event;
import dev.pitchnight.rsvp.Rsvp;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Rows the door and attendance tests need that the API cannot make (seats at nights already over). */
@ApplicationScoped
public class DoorData {

    private long queue = 1000;

    /** A confirmed seat written directly (for past nights, where RSVPs are closed). */
    @Transactional
    public Rsvp seat(long eventId, String username, int guests) {
        Rsvp rsvp = new Rsvp();
        rsvp.eventId = eventId;
        rsvp.username = username;
        rsvp.email = username + "@pitchnight.test";
        rsvp.guests = guests;
        rsvp.seats = guests + 1;
        rsvp.status = Rsvp.Status.CONFIRMED;
        rsvp.queueNo = ++queue;
        rsvp.createdAt = Instant.now().minus(Duration.ofDays(30));
        rsvp.updatedAt = rsvp.createdAt;
        rsvp.confirmedAt = rsvp.createdAt;
        rsvp.persist();
        Event event = Event.findById(eventId);
        event.confirmedSeats += rsvp.seats;
        return rsvp;
    }

    @Transactional
    public void came(Rsvp rsvp) {
        Checkin checkin = new Checkin();
        checkin.eventId = rsvp.eventId;
        checkin.rsvpId = rsvp.id;
        checkin.username = rsvp.username;
        checkin.guests = rsvp.guests;
        checkin.checkedInAt = Instant.now();
        checkin.checkedInBy = "olivia";
        checkin.persist();
    }

    @Transactional
    public List<Checkin> checkins(long eventId) {
        return Checkin.list("eventId", eventId);
    }

    @Transactional
    public AttendanceRule rule(long groupId) {
        return AttendanceRule.findById(groupId);
    }

    /** A seat held for someone (policy OFFER) until {@code expiresIn} from now, offered {@code offeredAgo} ago. */
    @Transactional
    public Rsvp offer(long eventId, String username, Duration expiresIn, Duration offeredAgo) {
        Rsvp rsvp = seat(eventId, username, 0);
        Event event = Event.findById(eventId);
        event.confirmedSeats -= rsvp.seats;
        event.offeredSeats += rsvp.seats;
        rsvp.status = Rsvp.Status.OFFERED;
        rsvp.confirmedAt = null;
        rsvp.offerExpiresAt = Instant.now().plus(expiresIn);
        rsvp.updatedAt = Instant.now().minus(offeredAgo);
        return rsvp;
    }

    /** A place given up before the night. */
    @Transactional
    public void cancelled(long eventId, String username) {
        Rsvp rsvp = seat(eventId, username, 0);
        Event.<Event>findById(eventId).confirmedSeats -= rsvp.seats;
        Rsvp.<Rsvp>findById(rsvp.id).status = Rsvp.Status.CANCELLED;
    }
}

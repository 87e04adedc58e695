package dev.pitchnight.checkin;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import dev.pitchnight.rsvp.Rsvp;
import dev.pitchnight.rsvp.RsvpService;
import dev.pitchnight.rsvp.RsvpView;
import dev.pitchnight.rsvp.TicketTokens;
import dev.pitchnight.web.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Tickets and the door: who may see a ticket, who may check whom in, and the counts. A
 * check-in is idempotent: the RSVP's row is locked first ({@code SELECT … FOR UPDATE}, fine on
 * MySQL and MariaDB), so two door phones or a replayed offline queue still make one row, and
 * every later scan answers "already checked in" with the first time.
 */
@ApplicationScoped
@Transactional
public class CheckinService {

    /** The answer to a scan: {@code POST /api/events/{id}/checkins}. */
    public record CheckinView(String username, int guests, Instant checkedInAt, boolean alreadyCheckedIn) {
    }

    /** A confirmed person at the door, for the search list. */
    public record DoorPerson(long rsvpId, String username, int guests, Instant checkedInAt) {
        public boolean checkedIn() {
            return checkedInAt != null;
        }
    }

    /** Door counts: people and seats through the door against the confirmed ones. */
    public record DoorCounts(long checkedInPeople, long checkedInSeats, long confirmedPeople, long confirmedSeats) {
    }

    /** A ticket: the night, the holder's RSVP and the QR code of its token. */
    public record Ticket(Event event, RsvpView rsvp, QrImage qr, Instant checkedInAt) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final TicketTokens tokens;
    private final EventService events;
    private final RsvpService rsvps;

    CheckinService(EntityManager em, Clock clock, TicketTokens tokens, EventService events, RsvpService rsvps) {
        this.em = em;
        this.clock = clock;
        this.tokens = tokens;
        this.events = events;
        this.rsvps = rsvps;
    }

    /** The viewer's own ticket for a night; only a confirmed RSVP has one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Ticket ticket(long eventId, Viewer viewer) {
        Event event = events.publicEvent(eventId)
                .orElseThrow(() -> Refusal.notFound(m -> m.no_such_night(eventId)));
        RsvpView rsvp = rsvps.current(eventId, viewer.username())
                .filter(view -> view.status() == Rsvp.Status.CONFIRMED && view.ticketToken() != null)
                .orElseThrow(() -> CheckinRefusals.notFound(m -> m.checkin_no_ticket()));
        Checkin done = Checkin.<Checkin>find("eventId = ?1 and username = ?2", eventId, viewer.username())
                .firstResult();
        return new Ticket(event, rsvp, QrImage.of(rsvp.ticketToken()), done == null ? null : done.checkedInAt);
    }

    /** A scanned (or typed) ticket token, at the door of a night the viewer organizes. */
    public CheckinView checkInToken(long eventId, String token, Viewer viewer) {
        OptionalLong rsvpId = token == null || token.isBlank() ? OptionalLong.empty() : tokens.verify(TicketTokens.TICKET, token);
        if (rsvpId.isEmpty()) {
            // Who may comes before what they sent. (A valid token is checked after the RSVP's row lock, in checkIn.)
            doorOf(eventId, viewer);
            throw token == null || token.isBlank() ? Refusal.invalid("token", m -> m.required())
                    : CheckinRefusals.invalid("token", m -> m.checkin_not_a_ticket());
        }
        return checkIn(eventId, rsvpId.getAsLong(), viewer);
    }

    /** A person found by name in the door list. */
    public CheckinView checkInRsvp(long eventId, long rsvpId, Viewer viewer) {
        return checkIn(eventId, rsvpId, viewer);
    }

    /** How a past check-in looks (after the page's redirect), without changing anything. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public CheckinView shown(long eventId, long rsvpId, boolean again, Viewer viewer) {
        doorOf(eventId, viewer);
        Checkin checkin = Checkin.<Checkin>find("eventId = ?1 and rsvpId = ?2", eventId, rsvpId).firstResult();
        if (checkin == null) {
            return null;
        }
        return new CheckinView(checkin.username, checkin.guests, checkin.checkedInAt, again);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DoorCounts counts(long eventId, Viewer viewer) {
        doorOf(eventId, viewer);
        return counts(eventId);
    }

    DoorCounts counts(long eventId) {
        RsvpService.Seated confirmed = rsvps.seated(eventId);
        Object[] came = (Object[]) em.createQuery(
                        "select count(c), coalesce(sum(c.guests + 1), 0) from Checkin c where c.eventId = ?1")
                .setParameter(1, eventId).getSingleResult();
        return new DoorCounts(((Number) came[0]).longValue(), ((Number) came[1]).longValue(),
                confirmed.people(), confirmed.seats());
    }

    /** Confirmed people whose user name contains the query (at most 25), for the door list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DoorPerson> search(long eventId, String query, Viewer viewer) {
        doorOf(eventId, viewer);
        String q = query == null ? "" : query.strip().toLowerCase();
        if (q.isEmpty()) {
            return List.of();
        }
        List<Rsvp> found = rsvps.confirmed(eventId, q);
        Map<Long, Instant> times = checkinTimes(eventId);
        return found.stream().map(r -> new DoorPerson(r.id, r.username, r.guests, times.get(r.id))).toList();
    }

    /** Everyone with a seat at the night and when (if) they came, for the attendance page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DoorPerson> doorList(long eventId) {
        Map<Long, Instant> times = checkinTimes(eventId);
        return rsvps.confirmed(eventId, null).stream()
                .map(r -> new DoorPerson(r.id, r.username, r.guests, times.get(r.id))).toList();
    }

    private Map<Long, Instant> checkinTimes(long eventId) {
        Map<Long, Instant> times = new HashMap<>();
        for (Checkin checkin : Checkin.<Checkin>list("eventId", eventId)) {
            times.put(checkin.rsvpId, checkin.checkedInAt);
        }
        return times;
    }

    /** A DATETIME(6) read by a native query: stored in UTC (see docs/ARCHITECTURE.md). */
    static Instant instant(Object value) {
        return switch (value) {
            case Timestamp timestamp -> timestamp.toInstant();
            case LocalDateTime local -> local.toInstant(ZoneOffset.UTC);
            case Instant instant -> instant;
            case OffsetDateTime offset -> offset.toInstant();
            default -> throw new IllegalStateException("Unexpected time value " + value.getClass());
        };
    }

    private Event doorOf(long eventId, Viewer viewer) {
        return events.organizedEvent(eventId, viewer);
    }

    /**
     * The RSVP's row lock is the transaction's first statement on purpose: under REPEATABLE READ
     * the snapshot is taken at the first plain read, so everything read after the lock (an earlier
     * check-in by another phone included) is current. Refusals come after the lock and write nothing.
     */
    private CheckinView checkIn(long eventId, long rsvpId, Viewer viewer) {
        Optional<RsvpService.AtTheDoor> locked = rsvps.lockForTheDoor(rsvpId);
        Event event = doorOf(eventId, viewer);
        RsvpService.AtTheDoor rsvp = locked.orElseThrow(() -> CheckinRefusals.notFound(m -> m.checkin_rsvp_gone()));
        long ticketEvent = rsvp.eventId();
        String username = rsvp.username();
        int guests = rsvp.guests();
        Rsvp.Status status = rsvp.status();
        if (ticketEvent != event.id) {
            String other = Event.<Event>findByIdOptional(ticketEvent).map(e -> e.title).orElse(null);
            throw CheckinRefusals.conflict(m -> m.checkin_other_night_title(), m -> m.checkin_other_night(username, other, event.title));
        }
        Checkin earlier = Checkin.<Checkin>find("rsvpId", rsvpId).firstResult();
        if (earlier != null) {
            return new CheckinView(username, earlier.guests, earlier.checkedInAt, true);
        }
        if (event.status == Event.Status.CANCELLED) {
            throw CheckinRefusals.conflict(Refusal.NIGHT_CANCELLED, m -> m.checkin_night_cancelled(event.title));
        }
        if (status != Rsvp.Status.CONFIRMED) {
            throw CheckinRefusals.conflict(m -> m.checkin_no_seat_title(), switch (status) {
                case CANCELLED -> m -> m.checkin_rsvp_cancelled(username);
                case WAITLISTED -> m -> m.checkin_waitlisted(username);
                case OFFERED -> m -> m.checkin_offered(username);
                case CONFIRMED -> throw new IllegalStateException();
            });
        }
        Checkin checkin = new Checkin();
        checkin.eventId = event.id;
        checkin.rsvpId = rsvpId;
        checkin.username = username;
        checkin.guests = guests;
        // Whole seconds: what the database hands back (Hibernate binds instants without fractions here).
        checkin.checkedInAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        checkin.checkedInBy = viewer.username();
        checkin.persist();
        return new CheckinView(username, guests, checkin.checkedInAt, false);
    }
}

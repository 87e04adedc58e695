package dev.pitchnight.rsvp;

import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import dev.pitchnight.event.NightChanged;
import dev.pitchnight.event.NightResized;
import dev.pitchnight.notify.Outbox;
import dev.pitchnight.web.Refusal;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.Session;

/**
 * The waitlist rules, read top to bottom. Every change to a night's RSVPs runs in
 * {@link #apply}: one transaction that first locks the event's row ({@code SELECT … FOR UPDATE},
 * accepted by MySQL 8.4 and MariaDB 10.11 alike), so changes to one night are serialized across
 * all app instances, and the event's counters always match its rows.
 *
 * <p>The queue is strictly first come, first served: a new RSVP gets a seat only when nobody is
 * waiting and its seats fit; freed seats go to the head of the waitlist while the head fits
 * (policy AUTO confirms them at once, OFFER holds the seats for them until a deadline).
 */
@ApplicationScoped
public class RsvpService {

    /** How long an offered seat is held when the night's policy is OFFER. */
    static final Duration OFFER_HOLD = Duration.ofHours(12);

    private final EntityManager em;
    private final Clock clock;
    private final RsvpMails mails;
    private final NoShowHold noShows;

    RsvpService(EntityManager em, Clock clock, RsvpMails mails, NoShowHold noShows) {
        this.em = em;
        this.clock = clock;
        this.mails = mails;
        this.noShows = noShows;
    }

    /** The outcome of one command: the RSVP's state after the transaction, or why not. */
    record Outcome(Rsvp rsvp, Integer position, RuntimeException refusal) {
    }

    /**
     * Applies commands for one night in order, in one transaction, and answers each. A refused
     * command changes nothing; the others still apply.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    List<Outcome> apply(long eventId, List<? extends RsvpCommand> commands) {
        Instant now = clock.instant();
        Optional<Event> locked = Event.lockForUpdate(eventId);
        if (locked.isEmpty() || locked.get().status == Event.Status.DRAFT) {
            Refusal absent = Refusal.notFound(m -> m.no_such_night(eventId));
            return commands.stream().map(command -> new Outcome(null, null, absent)).toList();
        }
        Event event = locked.get();
        long lastQueueNoBefore = event.queueSeq;
        Touched rsvps = new Touched(eventId, commands);
        Set<String> heldBack = noShows.heldBack(event, joiners(commands, rsvps), now);

        List<RuntimeException> refusals = new ArrayList<>(commands.size());
        for (RsvpCommand command : commands) {
            try {
                switch (command) {
                    case RsvpCommand.Join join -> join(event, rsvps, join, heldBack.contains(join.username()), now);
                    case RsvpCommand.Leave leave -> leave(event, rsvps, leave, now);
                    case RsvpCommand.Accept accept -> accept(event, rsvps, accept, now);
                }
                refusals.add(null);
            } catch (Refusal refusal) {
                refusals.add(refusal);
            }
        }
        rsvps.save();
        Map<String, Integer> positions = waitlistPositions(event, rsvps.all(), lastQueueNoBefore);
        List<Outcome> outcomes = new ArrayList<>(commands.size());
        for (int i = 0; i < commands.size(); i++) {
            // Each answer tells the RSVP's state as committed, after the whole batch.
            Rsvp rsvp = refusals.get(i) == null ? rsvps.get(commands.get(i).username()) : null;
            outcomes.add(new Outcome(rsvp, rsvp == null ? null : positions.get(rsvp.username), refusals.get(i)));
        }
        return outcomes;
    }

    /**
     * Sets a new capacity on an event the caller's transaction has locked
     * ({@link Event#lockForUpdate}): raising it promotes from the waitlist at once, lowering it
     * below the seats already taken is refused.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void resize(Event locked, int capacity) {
        int taken = locked.confirmedSeats + locked.offeredSeats;
        if (capacity < taken) {
            throw RsvpRefusals.conflict(m -> m.rsvp_capacity_too_low_title(), m -> m.rsvp_capacity_too_low(taken));
        }
        locked.capacity = capacity;
        promote(locked, clock.instant());
    }

    /** An organizer gave the night a new capacity (the event announces it under its row lock). */
    @Transactional(Transactional.TxType.MANDATORY)
    void onNightResized(@Observes NightResized resized) {
        resize(resized.event(), resized.capacity());
    }

    /** Everyone who holds a place (a seat, an offer, or a waitlist place) hears that the night was cancelled or moved. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onNightChanged(@Observes NightChanged changed) {
        Event event = changed.event();
        Outbox.Night night = new Outbox.Night(event.id, event.title, event.localStart(), event.venueName);
        List<Rsvp> holders = Rsvp.list("eventId = ?1 and status in ?2 order by queueNo", event.id,
                List.of(Rsvp.Status.CONFIRMED, Rsvp.Status.OFFERED, Rsvp.Status.WAITLISTED));
        for (Rsvp holder : holders) {
            if (changed.kind() == NightChanged.Kind.CANCELLED) {
                mails.nightCancelled(holder.email, holder.username, night, event.id + ":" + holder.username);
            } else {
                mails.nightChanged(holder.email, holder.username, night, event.id + ":" + holder.username + ":" + changed.change());
            }
        }
    }

    /** A seat still confirmed when a night of the group had ended: what the no-show rule counts. */
    public record SeatAtEndedNight(long rsvpId, String username, long eventId, String title, Instant startsAt) {
    }

    /**
     * The seats still confirmed when the group's published or completed nights had ended by
     * {@code now}, newest night first; only these people's, or everyone's when {@code usernames} is null.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SeatAtEndedNight> seatsAtEndedNights(long groupId, Collection<String> usernames, Instant now) {
        TypedQuery<Object[]> query = em.createQuery("select r.id, r.username, e.id, e.title, e.startsAt from Rsvp r, Event e"
                        + " where e.id = r.eventId and e.group.id = :group and e.endsAt < :now and e.status in :statuses"
                        + " and r.status = :confirmed" + (usernames == null ? "" : " and r.username in :usernames")
                        + " order by e.startsAt desc, e.id desc, r.username", Object[].class)
                .setParameter("group", groupId).setParameter("now", now)
                .setParameter("statuses", List.of(Event.Status.PUBLISHED, Event.Status.COMPLETED))
                .setParameter("confirmed", Rsvp.Status.CONFIRMED);
        if (usernames != null) {
            query.setParameter("usernames", usernames);
        }
        return query.getResultList().stream()
                .map(row -> new SeatAtEndedNight((Long) row[0], (String) row[1], (Long) row[2], (String) row[3], (Instant) row[4]))
                .toList();
    }

    /** What the door reads of an RSVP, under the RSVP's row lock. */
    public record AtTheDoor(long eventId, String username, int guests, Rsvp.Status status) {
    }

    /**
     * Locks the RSVP's row ({@code SELECT … FOR UPDATE}) and reads it: the door's check-in does
     * this as its transaction's first statement, so two phones scanning one ticket take turns.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<AtTheDoor> lockForTheDoor(long rsvpId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT event_id, username, guests, status FROM rsvps WHERE id = ?1 FOR UPDATE")
                .setParameter(1, rsvpId).getResultList();
        return rows.stream().findFirst().map(row -> new AtTheDoor(((Number) row[0]).longValue(), (String) row[1],
                ((Number) row[2]).intValue(), Rsvp.Status.valueOf((String) row[3])));
    }

    /** The night's confirmed places by user name: all, or those whose name contains {@code nameContains} (at most 25). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Rsvp> confirmed(long eventId, String nameContains) {
        if (nameContains == null) {
            return Rsvp.list("eventId = ?1 and status = ?2 order by username", eventId, Rsvp.Status.CONFIRMED);
        }
        String like = "%" + nameContains.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return Rsvp.<Rsvp>find("eventId = ?1 and status = ?2 and lower(username) like ?3 order by username",
                eventId, Rsvp.Status.CONFIRMED, like).page(0, 25).list();
    }

    /** Someone holding a place at a night, as an organizer's message reaches them. */
    public record PlaceHolder(String username, String email) {
    }

    /**
     * Who holds a place now: those with a seat ({@code seated}) and/or those still waiting for one
     * ({@code waiting}: on the waitlist, or offered a seat they have not taken yet), in queue order.
     * Call it under the night's row lock to read a list no RSVP is changing.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlaceHolder> placeHolders(long eventId, boolean seated, boolean waiting) {
        List<Rsvp.Status> statuses = new ArrayList<>();
        if (seated) {
            statuses.add(Rsvp.Status.CONFIRMED);
        }
        if (waiting) {
            statuses.add(Rsvp.Status.WAITLISTED);
            statuses.add(Rsvp.Status.OFFERED);
        }
        if (statuses.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select r.username, r.email from Rsvp r where r.eventId = ?1 and r.status in ?2 order by r.queueNo",
                        Object[].class)
                .setParameter(1, eventId).setParameter(2, statuses).getResultStream()
                .map(row -> new PlaceHolder((String) row[0], (String) row[1])).toList();
    }

    /** How many confirmed places the night has, and the seats they take. */
    public record Seated(long people, long seats) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Seated seated(long eventId) {
        Object[] confirmed = (Object[]) em.createQuery(
                        "select count(r), coalesce(sum(r.seats), 0) from Rsvp r where r.eventId = ?1 and r.status = ?2")
                .setParameter(1, eventId).setParameter(2, Rsvp.Status.CONFIRMED).getSingleResult();
        return new Seated(((Number) confirmed[0]).longValue(), ((Number) confirmed[1]).longValue());
    }

    /** Whether the person has a confirmed seat at the night: who may ask, vote and network there. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean hasSeat(long eventId, String username) {
        return Rsvp.count("eventId = ?1 and username = ?2 and status = ?3", eventId, username, Rsvp.Status.CONFIRMED) > 0;
    }

    /** The caller's RSVP with its current waitlist position, if they have one that holds a place. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<RsvpView> current(long eventId, String username) {
        return Rsvp.<Rsvp>find("eventId = ?1 and username = ?2", eventId, username).firstResultOptional()
                .filter(Rsvp::holdsPlace)
                .map(rsvp -> RsvpView.of(rsvp, rsvp.status == Rsvp.Status.WAITLISTED ? positionOf(rsvp) : null));
    }

    /** Confirmed (by time of confirmation) and waitlisted (in queue order) people of a night. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Attendees attendees(long eventId) {
        List<Rsvp> confirmed = Rsvp.list("eventId = ?1 and status = ?2 order by confirmedAt, queueNo",
                eventId, Rsvp.Status.CONFIRMED);
        List<Rsvp> waiting = Rsvp.list("eventId = ?1 and status = ?2 order by queueNo", eventId, Rsvp.Status.WAITLISTED);
        List<Attendees.Waiting> waitlisted = new ArrayList<>(waiting.size());
        for (int i = 0; i < waiting.size(); i++) {
            Rsvp rsvp = waiting.get(i);
            waitlisted.add(new Attendees.Waiting(rsvp.username, rsvp.guests, i + 1, rsvp.heldUntil));
        }
        return new Attendees(
                confirmed.stream().map(rsvp -> new Attendees.Seated(rsvp.username, rsvp.guests, rsvp.confirmedAt)).toList(),
                waitlisted);
    }

    // --- the rules ------------------------------------------------------------------------

    /** People of the batch who ask for a place and hold none: the only ones the no-show rule may hold back. */
    private static Set<String> joiners(List<? extends RsvpCommand> commands, Touched rsvps) {
        Set<String> joiners = new LinkedHashSet<>();
        for (RsvpCommand command : commands) {
            Rsvp rsvp = rsvps.get(command.username());
            if (command instanceof RsvpCommand.Join && (rsvp == null || !rsvp.holdsPlace())) {
                joiners.add(command.username());
            }
        }
        return joiners;
    }

    /**
     * A new place: a seat when one is free and nobody who may take it is waiting; otherwise the
     * back of the waitlist. A person the group's no-show rule holds back waits in any case.
     */
    private Rsvp join(Event event, Touched rsvps, RsvpCommand.Join join, boolean heldBack, Instant now) {
        requireOpen(event, now);
        Guests.requireAllowed(event, join.guests());
        int seats = join.guests() + 1;
        Rsvp rsvp = rsvps.get(join.username());
        if (rsvp != null && join.email() != null) {
            rsvp.email = join.email();
        }
        if (rsvp != null && rsvp.holdsPlace()) {
            return rsvp.guests == join.guests() ? rsvp : changeGuests(event, rsvps, rsvp, join.guests(), now);
        }
        Rsvp.Status status;
        if (heldBack) {
            status = Rsvp.Status.WAITLISTED;
        } else if (fits(event, seats) && nobodyWaitsForASeat(event, rsvps)) {
            status = Rsvp.Status.CONFIRMED;
        } else if (event.waitlistEnabled) {
            status = Rsvp.Status.WAITLISTED;
        } else {
            throw RsvpRefusals.conflict(m -> m.rsvp_sold_out_title(), m -> m.rsvp_sold_out_no_waitlist());
        }
        if (rsvp == null) {
            rsvp = new Rsvp();
            rsvp.eventId = event.id;
            rsvp.username = join.username();
            rsvp.email = join.email();
            rsvp.createdAt = now;
            rsvps.add(rsvp);
        }
        rsvp.guests = join.guests();
        rsvp.seats = seats;
        rsvp.queueNo = ++event.queueSeq;
        rsvp.offerExpiresAt = null;
        rsvp.promotedAt = null;
        rsvp.heldUntil = heldBack ? NoShowHold.releaseAt(event) : null;
        rsvp.updatedAt = now;
        rsvp.status = status;
        if (status == Rsvp.Status.CONFIRMED) {
            rsvp.confirmedAt = now;
            event.confirmedSeats += seats;
        } else {
            rsvp.confirmedAt = null;
            event.waitlistLength++;
        }
        if (status == Rsvp.Status.CONFIRMED) {
            mails.confirmed(rsvp.email, rsvp.username, night(event), rsvp.guests, happening(rsvp));
        } else {
            mails.waitlisted(rsvp.email, rsvp.username, night(event), event.waitlistLength,
                    rsvp.heldUntil == null ? null : rsvp.heldUntil.atZone(event.zone()), happening(rsvp));
        }
        return rsvp;
    }

    /**
     * Whether a newcomer may take a free seat: only when nobody waits, or everyone waiting is
     * held back by the no-show rule (a waitlist head that does not fit yet keeps its turn).
     */
    private static boolean nobodyWaitsForASeat(Event event, Touched rsvps) {
        if (event.waitlistLength == 0) {
            return true;
        }
        rsvps.save(); // the batch's new places count too
        return Rsvp.count("eventId = ?1 and status = ?2 and heldUntil is null", event.id, Rsvp.Status.WAITLISTED) == 0;
    }

    private static Outbox.Night night(Event event) {
        return new Outbox.Night(event.id, event.title, event.localStart(), event.venueName);
    }

    /** Names one place in the queue: a new RSVP after a cancellation is a new happening. */
    private static String happening(Rsvp rsvp) {
        return rsvp.eventId + ":" + rsvp.username + ":" + rsvp.queueNo;
    }

    private Rsvp changeGuests(Event event, Touched rsvps, Rsvp rsvp, int guests, Instant now) {
        int delta = guests + 1 - rsvp.seats;
        if (delta > 0 && rsvp.status != Rsvp.Status.WAITLISTED && (event.waitlistLength > 0 || !fits(event, delta))) {
            throw RsvpRefusals.conflict(m -> m.rsvp_no_seats_for_guests_title(), m -> m.rsvp_no_seats_for_guests(guests));
        }
        switch (rsvp.status) {
            case CONFIRMED -> event.confirmedSeats += delta;
            case OFFERED -> event.offeredSeats += delta;
            default -> { }
        }
        rsvp.guests = guests;
        rsvp.seats = guests + 1;
        rsvp.updatedAt = now;
        rsvps.save();
        promote(event, now);
        return rsvp;
    }

    private Rsvp leave(Event event, Touched rsvps, RsvpCommand.Leave leave, Instant now) {
        Rsvp rsvp = rsvps.get(leave.username());
        if (rsvp == null) {
            throw RsvpRefusals.notFound(m -> m.rsvp_none());
        }
        if (!rsvp.holdsPlace()) {
            return rsvp; // cancelling twice is the same as once
        }
        switch (rsvp.status) {
            case CONFIRMED -> event.confirmedSeats -= rsvp.seats;
            case OFFERED -> event.offeredSeats -= rsvp.seats;
            case WAITLISTED -> event.waitlistLength--;
            default -> throw new IllegalStateException(rsvp.status.name());
        }
        rsvp.status = Rsvp.Status.CANCELLED;
        rsvp.offerExpiresAt = null;
        rsvp.heldUntil = null;
        rsvp.updatedAt = now;
        rsvps.save();
        promote(event, now);
        return rsvp;
    }

    private Rsvp accept(Event event, Touched rsvps, RsvpCommand.Accept accept, Instant now) {
        Rsvp rsvp = rsvps.get(accept.username());
        if (rsvp != null && rsvp.status == Rsvp.Status.CONFIRMED) {
            return rsvp; // accepting twice is the same as once
        }
        if (rsvp == null || rsvp.status != Rsvp.Status.OFFERED) {
            throw RsvpRefusals.conflict(m -> m.rsvp_no_offer_title(), m -> m.rsvp_no_offer());
        }
        if (!now.isBefore(rsvp.offerExpiresAt)) {
            throw RsvpRefusals.conflict(m -> m.rsvp_offer_expired_title(), m -> m.rsvp_offer_expired());
        }
        event.offeredSeats -= rsvp.seats;
        event.confirmedSeats += rsvp.seats;
        rsvp.status = Rsvp.Status.CONFIRMED;
        rsvp.confirmedAt = now;
        rsvp.offerExpiresAt = null;
        rsvp.updatedAt = now;
        mails.confirmed(rsvp.email, rsvp.username, night(event), rsvp.guests, happening(rsvp));
        return rsvp;
    }

    /**
     * Offers whose deadline passed lose their hold, and the seats are offered to the next in
     * line. Runs under the event's row lock like every other change, so any number of
     * instances may run it at once: the first does the work, the others find nothing left.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int expireOffers(long eventId) {
        Instant now = clock.instant();
        Optional<Event> locked = Event.lockForUpdate(eventId);
        if (locked.isEmpty()) {
            return 0;
        }
        Event event = locked.get();
        List<Rsvp> expired = Rsvp.list("eventId = ?1 and status = ?2 and offerExpiresAt <= ?3 order by queueNo",
                eventId, Rsvp.Status.OFFERED, now);
        for (Rsvp rsvp : expired) {
            event.offeredSeats -= rsvp.seats;
            rsvp.status = Rsvp.Status.CANCELLED;
            rsvp.offerExpiresAt = null;
            rsvp.updatedAt = now;
        }
        promote(event, now);
        return expired.size();
    }

    /**
     * An organizer moves a waitlisted person to another place in the queue (1 = head). The
     * people in between shift by one; if the new head fits, they get the seat at once.
     * Under the event's row lock, like every other change to the queue.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Attendees move(long eventId, String username, int position) {
        Instant now = clock.instant();
        Event event = Event.lockForUpdate(eventId).orElseThrow(() -> Refusal.notFound(m -> m.no_such_night(eventId)));
        List<Rsvp> waiting = Rsvp.list("eventId = ?1 and status = ?2 order by queueNo", eventId, Rsvp.Status.WAITLISTED);
        int from = -1;
        for (int i = 0; i < waiting.size(); i++) {
            if (waiting.get(i).username.equals(username)) {
                from = i;
            }
        }
        if (from < 0) {
            throw RsvpRefusals.notFound(m -> m.rsvp_not_waitlisted(username));
        }
        if (position < 1 || position > waiting.size()) {
            throw Refusal.invalid("position", m -> m.between(1, waiting.size()));
        }
        int to = position - 1;
        if (from != to) {
            List<Long> numbers = waiting.stream().map(rsvp -> rsvp.queueNo).toList();
            List<Rsvp> reordered = new ArrayList<>(waiting);
            reordered.add(to, reordered.remove(from));
            int lo = Math.min(from, to);
            int hi = Math.max(from, to);
            // Queue numbers are unique per night: park the moved range on negative numbers first.
            em.createNativeQuery("UPDATE rsvps SET queue_no = -queue_no WHERE event_id = ?1 AND queue_no BETWEEN ?2 AND ?3")
                    .setParameter(1, eventId).setParameter(2, numbers.get(lo)).setParameter(3, numbers.get(hi))
                    .executeUpdate();
            for (int i = lo; i <= hi; i++) {
                em.createNativeQuery("UPDATE rsvps SET queue_no = ?1, updated_at = ?2 WHERE id = ?3")
                        .setParameter(1, numbers.get(i)).setParameter(2, now).setParameter(3, reordered.get(i).id)
                        .executeUpdate();
            }
            em.clear();
            event = Event.findById(eventId);
            promote(event, now);
        }
        return attendees(eventId);
    }

    /**
     * Ends the holds of the night's held-back places that are due ({@code heldUntil} passed),
     * or of one person's place when an organizer lets them in early, and hands out free seats
     * in queue order. Under the event's row lock like every other change; any instance may
     * run it at once, the first does the work. Returns how many holds ended.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int releaseHeld(long eventId, String onlyUsername) {
        Instant now = clock.instant();
        Optional<Event> locked = Event.lockForUpdate(eventId);
        if (locked.isEmpty()) {
            return 0;
        }
        List<Rsvp> held = onlyUsername == null
                ? Rsvp.list("eventId = ?1 and status = ?2 and heldUntil <= ?3", eventId, Rsvp.Status.WAITLISTED, now)
                : Rsvp.list("eventId = ?1 and status = ?2 and heldUntil is not null and username = ?3",
                        eventId, Rsvp.Status.WAITLISTED, onlyUsername);
        for (Rsvp rsvp : held) {
            rsvp.heldUntil = null;
            rsvp.updatedAt = now;
        }
        promote(locked.get(), now);
        return held.size();
    }

    /** An organizer ends the hold on one person's place now; refused when nothing of theirs is held. */
    public Attendees letIn(long eventId, String username) {
        if (releaseHeld(eventId, username) == 0) {
            throw RsvpRefusals.conflict(m -> m.rsvp_not_held_back_title(), m -> m.rsvp_not_held_back(username));
        }
        return attendees(eventId);
    }

    /** Nights with held-back places whose hold has run out. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> nightsWithHoldsDue() {
        return em.createQuery("select distinct r.eventId from Rsvp r where r.status = :waiting and r.heldUntil <= :now",
                        Long.class)
                .setParameter("waiting", Rsvp.Status.WAITLISTED).setParameter("now", clock.instant())
                .getResultList();
    }

    /** Nights that have offers past their deadline. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Long> nightsWithExpiredOffers() {
        return em.createQuery("select distinct r.eventId from Rsvp r where r.status = :offered and r.offerExpiresAt <= :now",
                        Long.class)
                .setParameter("offered", Rsvp.Status.OFFERED).setParameter("now", clock.instant())
                .getResultList();
    }

    /**
     * Freed seats go to the head of the waitlist, for as long as the head fits. Places the
     * no-show rule holds back are passed over until their hold ends.
     */
    private void promote(Event event, Instant now) {
        while (event.waitlistLength > 0) {
            Rsvp head = Rsvp.<Rsvp>find("eventId = ?1 and status = ?2 and heldUntil is null order by queueNo",
                    event.id, Rsvp.Status.WAITLISTED).firstResult();
            if (head == null || !fits(event, head.seats)) {
                return;
            }
            event.waitlistLength--;
            head.updatedAt = now;
            head.promotedAt = now;
            if (event.waitlistPolicy == Event.WaitlistPolicy.AUTO) {
                head.status = Rsvp.Status.CONFIRMED;
                head.confirmedAt = now;
                event.confirmedSeats += head.seats;
                mails.promoted(head.email, head.username, night(event), happening(head));
            } else {
                head.status = Rsvp.Status.OFFERED;
                Instant deadline = now.plus(OFFER_HOLD);
                Instant closes = closesAt(event);
                head.offerExpiresAt = deadline.isAfter(closes) ? closes : deadline;
                event.offeredSeats += head.seats;
                mails.offered(head.email, head.username, night(event), head.offerExpiresAt.atZone(event.zone()),
                        happening(head) + ":" + head.offerExpiresAt.toEpochMilli());
            }
        }
    }

    private static boolean fits(Event event, int seats) {
        return event.confirmedSeats + event.offeredSeats + seats <= event.capacity;
    }

    private static Instant closesAt(Event event) {
        return event.rsvpClosesAt != null ? event.rsvpClosesAt : event.startsAt;
    }

    private static void requireOpen(Event event, Instant now) {
        EventService.requireActive(event); // a suspended group's nights take no RSVPs
        switch (event.status) {
            case CANCELLED -> throw RsvpRefusals.conflict(Refusal.NIGHT_CANCELLED, m -> m.rsvp_night_cancelled());
            case COMPLETED -> throw RsvpRefusals.conflict(m -> m.rsvp_night_over_title(), m -> m.rsvp_night_over());
            default -> { }
        }
        if (event.rsvpOpensAt != null && now.isBefore(event.rsvpOpensAt)) {
            throw RsvpRefusals.conflict(m -> m.rsvp_not_open_title(), m -> m.rsvp_not_open(event.rsvpOpensAt.atZone(event.zone())));
        }
        if (!now.isBefore(closesAt(event))) {
            throw RsvpRefusals.conflict(m -> m.rsvp_closed_title(), m -> m.rsvp_closed());
        }
    }

    // --- the RSVPs of one batch ---------------------------------------------------------------

    /**
     * The RSVPs a batch works on: those of the batch's people that exist (loaded in one query,
     * managed by Hibernate) and the new ones, which are inserted together in one statement
     * ({@link #save}) instead of one round trip each. New RSVPs are saved before anything
     * queries the waitlist, so a query never misses them.
     */
    private final class Touched {
        private final long eventId;
        private final Map<String, Rsvp> byUsername = new HashMap<>();
        private final List<Rsvp> unsaved = new ArrayList<>();

        Touched(long eventId, List<? extends RsvpCommand> commands) {
            this.eventId = eventId;
            Set<String> usernames = new LinkedHashSet<>();
            commands.forEach(command -> usernames.add(command.username()));
            load(usernames);
        }

        Rsvp get(String username) {
            return byUsername.get(username);
        }

        Collection<Rsvp> all() {
            return byUsername.values();
        }

        void add(Rsvp fresh) {
            byUsername.put(fresh.username, fresh);
            unsaved.add(fresh);
        }

        /** Inserts the new RSVPs (one batched statement) and takes them into the persistence context. */
        void save() {
            if (unsaved.isEmpty()) {
                return;
            }
            Session session = em.unwrap(Session.class);
            session.doWork(connection -> {
                try (PreparedStatement insert = connection.prepareStatement(INSERT_RSVP)) {
                    for (Rsvp rsvp : unsaved) {
                        insert.setLong(1, rsvp.eventId);
                        insert.setString(2, rsvp.username);
                        insert.setString(3, rsvp.email);
                        insert.setInt(4, rsvp.guests);
                        insert.setInt(5, rsvp.seats);
                        insert.setString(6, rsvp.status.name());
                        insert.setLong(7, rsvp.queueNo);
                        insert.setObject(8, utc(rsvp.offerExpiresAt));
                        insert.setObject(9, utc(rsvp.confirmedAt));
                        insert.setObject(10, utc(rsvp.promotedAt));
                        insert.setObject(11, utc(rsvp.createdAt));
                        insert.setObject(12, utc(rsvp.updatedAt));
                        insert.setObject(13, utc(rsvp.heldUntil));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            });
            Set<String> usernames = new LinkedHashSet<>();
            unsaved.forEach(rsvp -> usernames.add(rsvp.username));
            unsaved.clear();
            load(usernames);
        }

        private void load(Set<String> usernames) {
            Rsvp.<Rsvp>list("eventId = :event and username in :names", Parameters.with("event", eventId).and("names", usernames))
                    .forEach(rsvp -> byUsername.put(rsvp.username, rsvp));
        }
    }

    /** Column order of {@link Touched#save}; Flyway's V2, V3 and V10 define the table. */
    private static final String INSERT_RSVP = "INSERT INTO rsvps (event_id, username, email, guests, seats, status,"
            + " queue_no, offer_expires_at, confirmed_at, promoted_at, created_at, updated_at, held_until)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    /** DATETIME columns hold UTC wall-clock time, as Hibernate writes them (quarkus.hibernate-orm.jdbc.timezone). */
    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * Waitlist positions of the batch's waitlisted RSVPs, by user name. Those that joined the
     * queue in this batch are its tail, behind everyone counted in {@code waitlistLength}, so
     * their positions need no query; anyone further ahead is counted.
     */
    private static Map<String, Integer> waitlistPositions(Event event, Collection<Rsvp> rsvps, long lastQueueNoBefore) {
        List<Rsvp> tail = rsvps.stream()
                .filter(rsvp -> rsvp.status == Rsvp.Status.WAITLISTED && rsvp.queueNo > lastQueueNoBefore)
                .sorted(Comparator.comparingLong(rsvp -> rsvp.queueNo))
                .toList();
        Map<String, Integer> positions = new HashMap<>();
        int ahead = event.waitlistLength - tail.size();
        for (int i = 0; i < tail.size(); i++) {
            positions.put(tail.get(i).username, ahead + i + 1);
        }
        for (Rsvp rsvp : rsvps) {
            if (rsvp.status == Rsvp.Status.WAITLISTED && rsvp.queueNo <= lastQueueNoBefore) {
                positions.put(rsvp.username, positionOf(rsvp));
            }
        }
        return positions;
    }

    private static int positionOf(Rsvp rsvp) {
        return (int) Rsvp.count("eventId = ?1 and status = ?2 and queueNo <= ?3",
                rsvp.eventId, Rsvp.Status.WAITLISTED, rsvp.queueNo);
    }
}

package dev.pitchnight.rsvp;

import dev.pitchnight.event.Event;
import dev.pitchnight.notify.Outbox;
import dev.pitchnight.notify.OutboxMail;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Reminder mails through the outbox: a day before the night to everyone with a seat (and the
 * ticket link), and a few hours before a held seat's deadline. Every instance runs it; each
 * reminder's outbox key names its RSVP (and, for offers, the deadline), so the unique key on
 * {@code outbox_mails} keeps it to one mail however many instances find it due at once.
 */
@ApplicationScoped
public class Reminders {

    private static final Logger LOG = Logger.getLogger(Reminders.class);

    /** How long before the night the reminder goes out. */
    static final Duration NIGHT_AHEAD = Duration.ofHours(24);
    /** How long before a held seat's deadline its reminder goes out. */
    static final Duration OFFER_AHEAD = Duration.ofHours(3);
    /** Nobody is reminded of what they were told less than this long ago (the confirmation or offer mail). */
    static final Duration JUST_TOLD = Duration.ofHours(1);
    private static final int BATCH = 500;

    private final EntityManager em;
    private final Clock clock;
    private final Outbox outbox;
    private final RsvpMails mails;

    Reminders(EntityManager em, Clock clock, Outbox outbox, RsvpMails mails) {
        this.em = em;
        this.clock = clock;
        this.outbox = outbox;
        this.mails = mails;
    }

    @Scheduled(every = "${pitchnight.reminders.every}", delayed = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        int queued = queueDue();
        if (queued > 0) {
            LOG.infof("Queued %d reminder mails", queued);
        }
    }

    /** Queues every reminder that is due and not queued yet (at most a batch of each kind); returns how many it looked at. */
    @Transactional
    public int queueDue() {
        Instant now = clock.instant();
        List<Object[]> due = em.createQuery("select r, e from Rsvp r, Event e where e.id = r.eventId"
                        + " and e.status = ?1 and e.startsAt > ?2 and e.startsAt <= ?3"
                        + " and r.status = ?4 and r.email is not null and r.confirmedAt <= ?5 order by r.id", Object[].class)
                .setParameter(1, Event.Status.PUBLISHED).setParameter(2, now).setParameter(3, now.plus(NIGHT_AHEAD))
                .setParameter(4, Rsvp.Status.CONFIRMED).setParameter(5, now.minus(JUST_TOLD))
                .getResultList();
        Set<String> queued = outbox.queued(OutboxMail.Kind.REMINDER_NIGHT, due.stream().map(row -> happening((Rsvp) row[0])).toList());
        List<Object[]> seats = due.stream().filter(row -> !queued.contains(happening((Rsvp) row[0]))).limit(BATCH).toList();
        for (Object[] row : seats) {
            Rsvp seat = (Rsvp) row[0];
            mails.nightReminder(seat.email, seat.username, night((Event) row[1]), seat.guests, happening(seat));
        }
        List<Object[]> offers = em.createQuery("select r, e from Rsvp r, Event e where e.id = r.eventId"
                        + " and e.status = ?1 and r.status = ?2 and r.email is not null"
                        + " and r.offerExpiresAt > ?3 and r.offerExpiresAt <= ?4 and r.updatedAt <= ?5 order by r.id", Object[].class)
                .setParameter(1, Event.Status.PUBLISHED).setParameter(2, Rsvp.Status.OFFERED).setParameter(3, now)
                .setParameter(4, now.plus(OFFER_AHEAD)).setParameter(5, now.minus(JUST_TOLD))
                .setMaxResults(BATCH).getResultList();
        for (Object[] row : offers) {
            Rsvp offer = (Rsvp) row[0];
            Event event = (Event) row[1];
            // A later offer to the same person (another deadline) is another reminder.
            mails.offerReminder(offer.email, offer.username, night(event), offer.offerExpiresAt.atZone(event.zone()),
                    happening(offer) + ":" + offer.offerExpiresAt.toEpochMilli());
        }
        return seats.size() + offers.size();
    }

    private static String happening(Rsvp rsvp) {
        return "rsvp:" + rsvp.id;
    }

    private static Outbox.Night night(Event event) {
        return new Outbox.Night(event.id, event.title, event.localStart(), event.venueName);
    }
}

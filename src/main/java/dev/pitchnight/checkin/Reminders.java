package dev.pitchnight.checkin;

import dev.pitchnight.event.Event;
import dev.pitchnight.notify.Outbox;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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

    Reminders(EntityManager em, Clock clock, Outbox outbox) {
        this.em = em;
        this.clock = clock;
        this.outbox = outbox;
    }

    @Scheduled(every = "${pitchnight.reminders.every}", delayed = "15s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        int queued = queueDue();
        if (queued > 0) {
            LOG.infof("Queued %d reminder mails", queued);
        }
    }

    /** Queues every reminder that is due and not queued yet; returns how many it looked at. */
    @Transactional
    public int queueDue() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Object[]> seats = em.createNativeQuery("SELECT r.id, r.username, r.email, r.guests, r.event_id FROM rsvps r"
                        + " JOIN events e ON e.id = r.event_id"
                        + " WHERE e.status = 'PUBLISHED' AND e.starts_at > ?1 AND e.starts_at <= ?2"
                        + " AND r.status = 'CONFIRMED' AND r.email IS NOT NULL AND r.confirmed_at <= ?3"
                        + " AND NOT EXISTS (SELECT 1 FROM outbox_mails m WHERE m.dedup_key = CONCAT('REMINDER_NIGHT:rsvp:', r.id))"
                        + " ORDER BY r.id")
                .setParameter(1, now).setParameter(2, now.plus(NIGHT_AHEAD)).setParameter(3, now.minus(JUST_TOLD))
                .setMaxResults(BATCH).getResultList();
        for (Object[] row : seats) {
            Event event = Event.findById(((Number) row[4]).longValue());
            outbox.nightReminder((String) row[2], (String) row[1], night(event), ((Number) row[3]).intValue(),
                    "rsvp:" + ((Number) row[0]).longValue());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> offers = em.createNativeQuery("SELECT r.id, r.username, r.email, r.offer_expires_at, r.event_id FROM rsvps r"
                        + " JOIN events e ON e.id = r.event_id"
                        + " WHERE e.status = 'PUBLISHED' AND r.status = 'OFFERED' AND r.email IS NOT NULL"
                        + " AND r.offer_expires_at > ?1 AND r.offer_expires_at <= ?2 AND r.updated_at <= ?3"
                        + " ORDER BY r.id")
                .setParameter(1, now).setParameter(2, now.plus(OFFER_AHEAD)).setParameter(3, now.minus(JUST_TOLD))
                .setMaxResults(BATCH).getResultList();
        for (Object[] row : offers) {
            Event event = Event.findById(((Number) row[4]).longValue());
            Instant until = CheckinService.instant(row[3]);
            // A later offer to the same person (another deadline) is another reminder.
            outbox.offerReminder((String) row[2], (String) row[1], night(event), until.atZone(event.zone()),
                    "rsvp:" + ((Number) row[0]).longValue() + ":" + until.toEpochMilli());
        }
        return seats.size() + offers.size();
    }

    private static Outbox.Night night(Event event) {
        return new Outbox.Night(event.id, event.title, event.localStart(), event.venueName);
    }
}

package dev.pitchnight.privacy;

import dev.pitchnight.account.FormerMember;
import dev.pitchnight.checkin.CheckinPersonalData;
import dev.pitchnight.event.EventPersonalData;
import dev.pitchnight.network.NetworkPersonalData;
import dev.pitchnight.rsvp.RsvpPersonalData;
import dev.pitchnight.web.ServiceBusy;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Forgets the people of nights that ended more than {@code pitchnight.privacy.retention-days} ago:
 * their RSVPs, check-ins, cards and connections lose names and addresses (each person of the night
 * gets a random pseudonym, the same in every table of that night), while the rows stay, so seats,
 * attendance and no-show counts stay right. Each night once, in one transaction that starts by
 * claiming it in {@code forgotten_nights} (a primary key): several instances may run at once, the
 * second waits for the first and then finds the night taken. Running it again does nothing.
 */
@ApplicationScoped
public class Forgetting {

    private static final Logger LOG = Logger.getLogger(Forgetting.class);

    private final EntityManager em;
    private final Clock clock;
    private final PrivacyConfig config;
    private final EventPersonalData events;
    private final RsvpPersonalData rsvps;
    private final CheckinPersonalData checkins;
    private final NetworkPersonalData network;

    Forgetting(EntityManager em, Clock clock, PrivacyConfig config, EventPersonalData events, RsvpPersonalData rsvps,
               CheckinPersonalData checkins, NetworkPersonalData network) {
        this.em = em;
        this.clock = clock;
        this.config = config;
        this.events = events;
        this.rsvps = rsvps;
        this.checkins = checkins;
        this.network = network;
    }

    @Scheduled(every = "${pitchnight.privacy.forgetting.every}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            int forgotten = forgetDue();
            if (forgotten > 0) {
                LOG.infof("Forgot the people of %d nights past the retention period", forgotten);
            }
        } catch (RuntimeException e) {
            if (!ServiceBusy.isDatabaseUnavailable(e)) {
                LOG.warn("Could not forget old nights", e);
            }
        }
    }

    /** The moment before which a night's end makes it due. */
    public Instant cutoff() {
        return clock.instant().minus(Duration.ofDays(config.retentionDays()));
    }

    /** Forgets every due night not forgotten yet; returns how many this call forgot. */
    @ActivateRequestContext
    public int forgetDue() {
        List<Long> due = events.nightsEndedBefore(cutoff(), 10_000);
        Set<Long> done = forgotten(due);
        int forgotten = 0;
        for (long eventId : due) {
            if (!done.contains(eventId) && forget(eventId)) {
                forgotten++;
            }
        }
        return forgotten;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    Set<Long> forgotten(List<Long> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT event_id FROM forgotten_nights WHERE event_id IN (?1)")
                .setParameter(1, eventIds).getResultList();
        Set<Long> done = new HashSet<>();
        ids.forEach(id -> done.add(id.longValue()));
        return done;
    }

    /** One night, all or nothing; false when it was forgotten already (by this or another instance). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    boolean forget(long eventId) {
        int claimed = em.createNativeQuery("INSERT IGNORE INTO forgotten_nights (event_id, forgotten_at) VALUES (?1, ?2)")
                .setParameter(1, eventId).setParameter(2, clock.instant()).executeUpdate();
        if (claimed == 0) {
            return false;
        }
        Map<String, String> pseudonyms = new LinkedHashMap<>();
        for (String username : rsvps.people(eventId)) {
            pseudonyms.put(username, FormerMember.pseudonym());
        }
        rsvps.forget(eventId, pseudonyms);
        checkins.forget(eventId, pseudonyms);
        network.forget(eventId, pseudonyms);
        return true;
    }
}

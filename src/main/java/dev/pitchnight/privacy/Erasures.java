package dev.pitchnight.privacy;

import dev.pitchnight.account.ErasedAccounts;
import dev.pitchnight.account.FormerMember;
import dev.pitchnight.account.People;
import dev.pitchnight.checkin.CheckinPersonalData;
import dev.pitchnight.event.EventPersonalData;
import dev.pitchnight.message.MessagePersonalData;
import dev.pitchnight.network.NetworkPersonalData;
import dev.pitchnight.notify.NotificationPreferences;
import dev.pitchnight.notify.OutboxPersonalData;
import dev.pitchnight.pitch.PitchPersonalData;
import dev.pitchnight.qa.QaPersonalData;
import dev.pitchnight.report.ReportPersonalData;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Erasing a person, the outbox way: the request only writes a job (and refuses the person's tokens
 * from then on); a worker on any instance claims due jobs ({@code FOR UPDATE SKIP LOCKED}) and runs
 * every step, each idempotent, so a crash anywhere leaves a job that the next run finishes, never
 * half an erasure. The steps, in order:
 * <ol>
 *   <li>places on nights to come are cancelled as the person's own cancel would (the waitlist moves up, the promoted get their mail);</li>
 *   <li>pitches on nights to come are withdrawn, and the night's organizers mailed;</li>
 *   <li>in one transaction, every feature's rows lose the person: rows kept for a night's record
 *       carry the job's pseudonym instead of the user name and no name or address, cards,
 *       connections and memberships go, the mails to their addresses and their display name go;</li>
 *   <li>the Keycloak account is deleted through the admin API;</li>
 *   <li>the job is done, and its user name cleared.</li>
 * </ol>
 */
@ApplicationScoped
public class Erasures {

    private static final Logger LOG = Logger.getLogger(Erasures.class);
    /** A claimed job is left alone this long; a worker that died with it frees it after that. */
    static final Duration CLAIM = Duration.ofMinutes(2);

    private final EntityManager em;
    private final Clock clock;
    private final ErasedAccounts erasedAccounts;
    private final People people;
    private final EventPersonalData events;
    private final RsvpPersonalData rsvps;
    private final CheckinPersonalData checkins;
    private final PitchPersonalData pitches;
    private final QaPersonalData qa;
    private final NetworkPersonalData network;
    private final ReportPersonalData reports;
    private final OutboxPersonalData mails;
    private final KeycloakAccounts keycloak;
    private final NotificationPreferences preferences;
    private final MessagePersonalData messages;

    Erasures(EntityManager em, Clock clock, ErasedAccounts erasedAccounts, People people, EventPersonalData events,
             RsvpPersonalData rsvps, CheckinPersonalData checkins, PitchPersonalData pitches, QaPersonalData qa,
             NetworkPersonalData network, ReportPersonalData reports, OutboxPersonalData mails, KeycloakAccounts keycloak,
             NotificationPreferences preferences, MessagePersonalData messages) {
        this.em = em;
        this.clock = clock;
        this.erasedAccounts = erasedAccounts;
        this.people = people;
        this.events = events;
        this.rsvps = rsvps;
        this.checkins = checkins;
        this.pitches = pitches;
        this.qa = qa;
        this.network = network;
        this.reports = reports;
        this.mails = mails;
        this.keycloak = keycloak;
        this.preferences = preferences;
        this.messages = messages;
    }

    /**
     * The person asks to be erased. Refused, with nothing written, while they alone own a group
     * with nights to come. Asking twice is asking once.
     */
    @Transactional
    public void request(String username, String subject) {
        Instant now = clock.instant();
        List<String> groups = events.soleOwnerWithUpcomingNights(username, now);
        if (!groups.isEmpty()) {
            String names = String.join(", ", groups);
            throw PrivacyRefusals.conflict(m -> m.sole_owner_title(), m -> m.sole_owner(names));
        }
        if (ErasureJob.count("username", username) == 0) {
            ErasureJob job = new ErasureJob();
            job.username = username;
            job.pseudonym = FormerMember.pseudonym();
            job.requestedAt = now;
            job.nextAttemptAt = now;
            job.persist();
        }
        erasedAccounts.record(subject);
    }

    /** Whether this person has an erasure waiting or running. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean pending(String username) {
        return ErasureJob.count("username", username) > 0;
    }

    @Scheduled(every = "${pitchnight.privacy.erasures.every}", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        try {
            runDue();
        } catch (RuntimeException e) {
            if (!ServiceBusy.isDatabaseUnavailable(e)) {
                LOG.warn("Erasures could not run", e);
            }
        }
    }

    /** Runs every due job (any instance may at the same time: each job is claimed by one). Returns how many finished. */
    @ActivateRequestContext
    public int runDue() {
        int done = 0;
        Optional<ErasureJob> job;
        while ((job = claim()).isPresent()) {
            ErasureJob claimed = job.get();
            try {
                run(claimed.username, claimed.pseudonym);
                finish(claimed.id);
                done++;
            } catch (RuntimeException e) {
                LOG.warnf("Erasure job %d failed (attempt %d), will retry: %s", claimed.id, claimed.attempts, e.getMessage());
                failed(claimed.id, claimed.attempts, e);
            }
        }
        return done;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Optional<ErasureJob> claim() {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                        SELECT id FROM erasure_jobs WHERE done_at IS NULL AND next_attempt_at <= ?1
                        ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, now).getResultList();
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        ErasureJob job = ErasureJob.findById(ids.get(0).longValue());
        job.attempts++;
        job.nextAttemptAt = now.plus(CLAIM);
        em.flush();
        em.detach(job);
        return Optional.of(job);
    }

    /** Every step; each may run again after a crash and does nothing the second time. */
    void run(String username, String pseudonym) {
        Set<String> addresses = new LinkedHashSet<>(keycloak.emails(List.of(username)));
        rsvps.cancelUpcoming(username);
        for (PitchPersonalData.Upcoming pitch : pitches.upcoming(username)) {
            pitches.withdrawForErasure(pitch, keycloak.emails(events.organizersOf(pitch.eventId())));
        }
        eraseRows(username, pseudonym, addresses);
        keycloak.delete(username);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void eraseRows(String username, String pseudonym, Set<String> knownAddresses) {
        Set<String> addresses = new LinkedHashSet<>(knownAddresses);
        rsvps.export(username).forEach(place -> addresses.add(place.email()));
        pitches.export(username).forEach(pitch -> addresses.add(pitch.contactEmail()));
        network.cards(username).forEach(card -> addresses.add(card.email()));
        events.memberships(username).forEach(membership -> addresses.add(membership.email()));
        addresses.remove(null);
        mails.erase(addresses);
        rsvps.erase(username, pseudonym);
        checkins.erase(username, pseudonym);
        pitches.erase(username, pseudonym);
        qa.erase(username, pseudonym);
        network.erase(username);
        reports.erase(username, pseudonym);
        events.erase(username, pseudonym);
        messages.erase(username, pseudonym);
        preferences.forget(username);
        em.createNativeQuery("UPDATE attendee_list_access SET viewer = ?2 WHERE viewer = ?1")
                .setParameter(1, username).setParameter(2, pseudonym).executeUpdate();
        people.forget(username);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void finish(long jobId) {
        ErasureJob job = ErasureJob.findById(jobId);
        job.doneAt = clock.instant();
        job.username = null;
        job.lastError = null;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void failed(long jobId, int attempts, RuntimeException e) {
        ErasureJob job = ErasureJob.findById(jobId);
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        job.lastError = message.length() > 1000 ? message.substring(0, 1000) : message;
        // 10 s, 20 s, 40 s … at most an hour between attempts.
        long seconds = Math.min(3600, 10L << Math.min(attempts - 1, 9));
        job.nextAttemptAt = clock.instant().plusSeconds(seconds);
    }
}

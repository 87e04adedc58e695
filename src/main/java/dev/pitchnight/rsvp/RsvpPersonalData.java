package dev.pitchnight.rsvp;

import dev.pitchnight.account.FormerMember;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the RSVPs hold about one person, for their export, their erasure and the forgetting of
 * old nights. Cancelling goes through {@link RsvpService#apply} like anybody's cancel, so freed
 * seats go to the waitlist in order and the promoted get their mail.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class RsvpPersonalData {

    /** One place as the export shows it; {@code queueNumber} is the arrival order on that night. */
    public record Place(long eventId, Rsvp.Status status, int guests, int seats, long queueNumber, String email,
                        Instant createdAt, Instant confirmedAt, Instant promotedAt, Instant offerExpiresAt,
                        Instant heldUntil, Instant updatedAt) {
    }

    private final RsvpService rsvps;
    private final EntityManager em;
    private final Clock clock;

    RsvpPersonalData(RsvpService rsvps, EntityManager em, Clock clock) {
        this.rsvps = rsvps;
        this.em = em;
        this.clock = clock;
    }

    public List<Place> export(String username) {
        return Rsvp.<Rsvp>list("username = ?1 order by createdAt, id", username).stream()
                .map(r -> new Place(r.eventId, r.status, r.guests, r.seats, r.queueNo, r.email, r.createdAt, r.confirmedAt,
                        r.promotedAt, r.offerExpiresAt, r.heldUntil, r.updatedAt))
                .toList();
    }

    /**
     * Gives up every place the person holds on a night still to come, each night in its own
     * transaction exactly as their own cancel would. Idempotent: a cancelled place stays cancelled.
     * Returns the nights where a place was given up.
     */
    public List<Long> cancelUpcoming(String username) {
        Instant now = clock.instant();
        @SuppressWarnings("unchecked")
        List<Number> nights = em.createNativeQuery("""
                        SELECT r.event_id FROM rsvps r JOIN events e ON e.id = r.event_id
                        WHERE r.username = ?1 AND r.status <> 'CANCELLED' AND e.ends_at > ?2""")
                .setParameter(1, username).setParameter(2, now).getResultList();
        List<Long> cancelled = nights.stream().map(Number::longValue).toList();
        for (long eventId : cancelled) {
            rsvps.apply(eventId, List.of(new RsvpCommand.Leave(username)));
        }
        return cancelled;
    }

    /**
     * Keeps the rows (attendance counts, no-show statistics and queue order stay right) but not the
     * person: the user name becomes the pseudonym, the address goes. Run after {@link #cancelUpcoming}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(String username, String pseudonym) {
        em.createNativeQuery("UPDATE rsvps SET username = ?2, email = NULL WHERE username = ?1")
                .setParameter(1, username).setParameter(2, pseudonym).executeUpdate();
    }

    /** The people with a row on this night who are not yet forgotten. */
    @SuppressWarnings("unchecked")
    public List<String> people(long eventId) {
        return em.createNativeQuery("SELECT username FROM rsvps WHERE event_id = ?1 AND username NOT LIKE ?2")
                .setParameter(1, eventId).setParameter(2, FormerMember.PREFIX + "%").getResultList();
    }

    /** The night's rows lose names and addresses: each person's user name becomes their pseudonym. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(long eventId, Map<String, String> pseudonyms) {
        pseudonyms.forEach((username, pseudonym) -> em.createNativeQuery(
                        "UPDATE rsvps SET username = ?3, email = NULL WHERE event_id = ?1 AND username = ?2")
                .setParameter(1, eventId).setParameter(2, username).setParameter(3, pseudonym).executeUpdate());
    }
}

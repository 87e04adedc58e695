package dev.pitchnight.checkin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the door holds about one person: their check-ins, for the export, the erasure and forgetting old nights. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CheckinPersonalData {

    public record Arrival(long eventId, int guests, Instant checkedInAt) {
    }

    private final EntityManager em;

    CheckinPersonalData(EntityManager em) {
        this.em = em;
    }

    public List<Arrival> export(String username) {
        return Checkin.<Checkin>list("username = ?1 order by checkedInAt", username).stream()
                .map(c -> new Arrival(c.eventId, c.guests, c.checkedInAt)).toList();
    }

    /** The check-ins stay (attendance counts); the person's name goes, as guest and as door keeper. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(String username, String pseudonym) {
        em.createNativeQuery("UPDATE checkins SET username = ?2 WHERE username = ?1")
                .setParameter(1, username).setParameter(2, pseudonym).executeUpdate();
        em.createNativeQuery("UPDATE checkins SET checked_in_by = ?2 WHERE checked_in_by = ?1")
                .setParameter(1, username).setParameter(2, pseudonym).executeUpdate();
        em.createNativeQuery("UPDATE attendance_rules SET updated_by = ?2 WHERE updated_by = ?1")
                .setParameter(1, username).setParameter(2, pseudonym).executeUpdate();
    }

    /** The night's check-ins keep their counts under the same pseudonyms as its RSVPs. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(long eventId, Map<String, String> pseudonyms) {
        pseudonyms.forEach((username, pseudonym) -> {
            em.createNativeQuery("UPDATE checkins SET username = ?3 WHERE event_id = ?1 AND username = ?2")
                    .setParameter(1, eventId).setParameter(2, username).setParameter(3, pseudonym).executeUpdate();
            em.createNativeQuery("UPDATE checkins SET checked_in_by = ?3 WHERE event_id = ?1 AND checked_in_by = ?2")
                    .setParameter(1, eventId).setParameter(2, username).setParameter(3, pseudonym).executeUpdate();
        });
    }
}

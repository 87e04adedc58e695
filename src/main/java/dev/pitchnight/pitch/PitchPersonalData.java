package dev.pitchnight.pitch;

import dev.pitchnight.event.Event;
import dev.pitchnight.notify.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * What the pitches hold about one founder, for their export and their erasure: on nights still to
 * come their pitches are withdrawn (the organizers hear of it), on past nights the company and
 * the night's public record stay and the founder's name, contact, team and deck go.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PitchPersonalData {

    /** A pitch with its fields and decisions as the founder sent them; never the reviewers' scores or comments. */
    public record MyPitchData(long id, long eventId, String company, String oneLiner, String problem, Pitch.Stage stage,
                              String website, String deckUrl, boolean deckUploaded, List<String> team,
                              String founderName, String contactEmail, Pitch.Status status, Instant decidedAt,
                              Instant createdAt, Instant updatedAt) {
    }

    /** A pitch on a night to come that the erasure withdraws. */
    public record Upcoming(long pitchId, long eventId, String company) {
    }

    private final EntityManager em;
    private final Clock clock;
    private final PitchMails mails;
    private final jakarta.enterprise.event.Event<PitchLeftLineup> leftLineup;

    PitchPersonalData(EntityManager em, Clock clock, PitchMails mails, jakarta.enterprise.event.Event<PitchLeftLineup> leftLineup) {
        this.em = em;
        this.clock = clock;
        this.mails = mails;
        this.leftLineup = leftLineup;
    }

    public List<MyPitchData> export(String username) {
        List<Pitch> pitches = Pitch.list("founder = ?1 order by createdAt, id", username);
        var decks = PitchAccess.decksAmong(pitches);
        return pitches.stream().map(p -> new MyPitchData(p.id, p.eventId, p.company, p.oneLiner, p.problem, p.stage,
                p.website, p.deckUrl, decks.contains(p.id), p.teamMembers(), p.founderName, p.contactEmail, p.status,
                p.decidedAt, p.createdAt, p.updatedAt)).toList();
    }

    /** The founder's pitches still in the running on nights that have not ended. */
    public List<Upcoming> upcoming(String username) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT p.id, p.event_id, p.company FROM pitches p JOIN events e ON e.id = p.event_id
                        WHERE p.founder = ?1 AND p.status <> 'WITHDRAWN' AND e.ends_at > ?2 ORDER BY p.id""")
                .setParameter(1, username).setParameter(2, clock.instant()).getResultList();
        return rows.stream().map(r -> new Upcoming(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2]))
                .toList();
    }

    /**
     * Withdraws one pitch as its founder would (a slot it held is freed) and mails each organizer
     * address given, in one transaction under the night's lock. Idempotent.
     */
    @Transactional
    public void withdrawForErasure(Upcoming pitch, List<String> organizerEmails) {
        Event event = Event.lockForUpdate(pitch.eventId()).orElse(null);
        Pitch row = Pitch.findById(pitch.pitchId());
        if (event == null || row == null || row.status == Pitch.Status.WITHDRAWN) {
            return;
        }
        boolean wasAccepted = row.status == Pitch.Status.ACCEPTED;
        row.status = Pitch.Status.WITHDRAWN;
        row.updatedAt = clock.instant();
        if (wasAccepted) {
            leftLineup.fire(new PitchLeftLineup(event.id, row.id));
        }
        Outbox.Night night = new Outbox.Night(event.id, event.title, event.localStart(), event.venueName);
        for (String email : organizerEmails) {
            mails.withdrawnByErasure(email, row.company, night, row.id + ":" + email);
        }
    }

    /**
     * The founder's name, contact, team and uploaded deck leave every pitch of theirs (company,
     * one-liner and the night's record stay); as a reviewer or decider they become the pseudonym.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(String username, String pseudonym) {
        em.createNativeQuery("DELETE FROM pitch_decks WHERE pitch_id IN (SELECT id FROM pitches WHERE founder = ?1)")
                .setParameter(1, username).executeUpdate();
        em.createNativeQuery("""
                        UPDATE pitches SET founder = ?2, founder_name = NULL, contact_email = '', team = NULL
                        WHERE founder = ?1""")
                .setParameter(1, username).setParameter(2, pseudonym).executeUpdate();
        for (String sql : List.of("UPDATE pitches SET decided_by = ?2 WHERE decided_by = ?1",
                "UPDATE pitch_reviewers SET username = ?2 WHERE username = ?1",
                "UPDATE pitch_reviewers SET invited_by = ?2 WHERE invited_by = ?1",
                "UPDATE pitch_reviews SET reviewer = ?2 WHERE reviewer = ?1")) {
            em.createNativeQuery(sql).setParameter(1, username).setParameter(2, pseudonym).executeUpdate();
        }
    }
}

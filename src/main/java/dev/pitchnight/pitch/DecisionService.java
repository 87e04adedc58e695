package dev.pitchnight.pitch;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** The organizer's side: deciding on pitches (the founder hears by mail) and inviting reviewers. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DecisionService {

    private final Clock clock;
    private final EventService events;
    private final PitchMails mails;
    private final PitchAccess access;
    private final jakarta.enterprise.event.Event<PitchLeftLineup> leftLineup;

    DecisionService(Clock clock, EventService events, PitchMails mails, PitchAccess access,
                    jakarta.enterprise.event.Event<PitchLeftLineup> leftLineup) {
        this.clock = clock;
        this.events = events;
        this.mails = mails;
        this.access = access;
        this.leftLineup = leftLineup;
    }

    /**
     * The organizer decides; the founder hears by mail (through the outbox, in this transaction).
     * Repeating the same decision changes nothing and mails nothing. A pitch that is no longer
     * accepted loses its agenda slot in the same transaction, under the night's lock.
     */
    public Pitch decide(long pitchId, String decision, Viewer viewer) {
        long eventId = access.eventOf(pitchId);
        return decideLocked(eventId, pitchId, decision, viewer);
    }

    @Transactional
    Pitch decideLocked(long eventId, long pitchId, String decision, Viewer viewer) {
        Event.lockForUpdate(eventId);
        Event event = events.organizedEvent(eventId, viewer);
        Pitch pitch = Pitch.findById(pitchId);
        PitchMails.Decision chosen;
        try {
            chosen = PitchMails.Decision.valueOf(decision == null ? "" : decision.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw PitchRefusals.invalid("decision", m -> m.decision_unknown());
        }
        if (pitch.status == Pitch.Status.WITHDRAWN) {
            throw PitchRefusals.conflict(m -> m.withdrawn_title(), m -> m.decision_withdrawn(pitch.company));
        }
        Pitch.Status status = Pitch.Status.valueOf(chosen.name());
        if (pitch.status == status) {
            return pitch;
        }
        boolean wasAccepted = pitch.status == Pitch.Status.ACCEPTED;
        pitch.status = status;
        pitch.decisionNo++;
        pitch.decidedBy = viewer.username();
        pitch.decidedAt = clock.instant();
        pitch.updatedAt = pitch.decidedAt;
        if (wasAccepted) {
            leftLineup.fire(new PitchLeftLineup(eventId, pitchId));
        }
        mails.decided(pitch.contactEmail, pitch.founder, pitch.company, PitchAccess.night(event), chosen, pitch.id + ":" + pitch.decisionNo);
        return pitch;
    }

    public List<PitchReviewer> reviewers(long eventId, Viewer viewer) {
        events.organizedEvent(eventId, viewer);
        return PitchReviewer.list("eventId = ?1 order by username", eventId);
    }

    /** The organizer invites someone (by Keycloak user name) to review this night's pitches; twice is once. */
    @Transactional
    public void invite(long eventId, String username, Viewer viewer) {
        events.organizedEvent(eventId, viewer);
        String name = PitchRules.trim(username);
        if (name == null || name.length() > 255 || !name.matches("[\\p{L}\\p{N}._@-]+")) {
            throw PitchRefusals.invalid("username", m -> m.reviewer_username());
        }
        if (PitchReviewer.count("eventId = ?1 and username = ?2", eventId, name) == 0) {
            PitchReviewer reviewer = new PitchReviewer();
            reviewer.eventId = eventId;
            reviewer.username = name;
            reviewer.invitedBy = viewer.username();
            reviewer.invitedAt = clock.instant();
            reviewer.persist();
        }
    }

    @Transactional
    public void uninvite(long eventId, String username, Viewer viewer) {
        events.organizedEvent(eventId, viewer);
        PitchReviewer.delete("eventId = ?1 and username = ?2", eventId, username);
    }
}

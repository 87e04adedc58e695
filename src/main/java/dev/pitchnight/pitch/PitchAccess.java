package dev.pitchnight.pitch;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import dev.pitchnight.notify.Outbox;
import dev.pitchnight.web.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see and act on a night's pitches, shared by the call, pitch, review and decision
 * services: the night's organizers see everything, invited reviewers the pitches in the running
 * (without names when the call is blind), a founder only their own; everyone else learns nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
class PitchAccess {

    enum Access { ORGANIZER, REVIEWER, NONE }

    private final EventService events;

    PitchAccess(EventService events) {
        this.events = events;
    }

    /** The night's call for pitches, if it has one. */
    Optional<PitchCall> call(long eventId) {
        return PitchCall.findByIdOptional(eventId);
    }

    Access access(Event event, Viewer viewer) {
        if (!viewer.signedIn()) {
            return Access.NONE;
        }
        if (events.organizes(event, viewer)) {
            return Access.ORGANIZER;
        }
        return PitchReviewer.count("eventId = ?1 and username = ?2", event.id, viewer.username()) > 0
                ? Access.REVIEWER : Access.NONE;
    }

    /** Organizer or reviewer of the pitch's night; everyone else learns nothing (404). */
    Access accessTo(Pitch pitch, Viewer viewer) {
        Event event = events.visibleEvent(pitch.eventId, viewer).orElseThrow(() -> noPitch(pitch.id));
        Access access = access(event, viewer);
        if (access == Access.NONE || (access == Access.REVIEWER && pitch.status == Pitch.Status.WITHDRAWN)) {
            throw noPitch(pitch.id);
        }
        return access;
    }

    Pitch pitch(long pitchId) {
        return Pitch.<Pitch>findByIdOptional(pitchId).orElseThrow(() -> noPitch(pitchId));
    }

    /** The founder's own pitch; another founder's pitch does not exist for them. */
    Pitch ownPitch(long pitchId, Viewer viewer) {
        Pitch pitch = pitch(pitchId);
        if (!viewer.signedIn() || !pitch.founder.equals(viewer.username())) {
            throw noPitch(pitchId);
        }
        return pitch;
    }

    long eventOf(long pitchId) {
        return Pitch.eventOf(pitchId).orElseThrow(() -> noPitch(pitchId));
    }

    boolean isBlind(long eventId) {
        return call(eventId).map(call -> call.blind).orElse(true);
    }

    Rubric rubric(long eventId) {
        return call(eventId).map(PitchCall::rubric).orElse(new Rubric(1, 1, 1, 1));
    }

    static Set<Long> decksAmong(List<Pitch> pitches) {
        if (pitches.isEmpty()) {
            return Set.of();
        }
        List<Long> ids = pitches.stream().map(p -> p.id).toList();
        return new HashSet<>(PitchDeck.getEntityManager()
                .createQuery("select d.pitchId from PitchDeck d where d.pitchId in :ids", Long.class)
                .setParameter("ids", ids).getResultList());
    }

    static Outbox.Night night(Event event) {
        return new Outbox.Night(event.id, event.title, event.localStart(), event.venueName);
    }

    static Refusal noNight(long id) {
        return Refusal.notFound(m -> m.no_such_night(id));
    }

    static Refusal noPitch(long id) {
        return PitchRefusals.notFound(m -> m.no_such_pitch(id));
    }
}

package dev.pitchnight.qa;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import dev.pitchnight.live.LiveNight;
import dev.pitchnight.live.LiveService;
import dev.pitchnight.pitch.Pitch;
import dev.pitchnight.pitch.PitchService;
import dev.pitchnight.rsvp.RsvpService;
import dev.pitchnight.web.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audience award: one vote per person with a seat per night, for an accepted startup, while
 * the organizer keeps voting open. The counts stay secret until the organizer reveals them.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AwardService {

    /** The award as one reader sees it; {@code results} only once revealed (or for organizers). */
    public record AwardView(LiveNight.Award state, Long myVote, List<Candidate> candidates, List<Result> results) {
    }

    public record Candidate(long pitchId, String company, String oneLiner) {
    }

    public record Result(long pitchId, String company, long votes) {
    }

    /** One startup's place once the results are revealed: its votes, its rank (ties share one), among how many. */
    public record Standing(long votes, int rank, int startups, long totalVotes) {
    }

    private final Clock clock;
    private final EventService events;
    private final PitchService pitches;
    private final RsvpService rsvps;
    private final LiveService live;

    AwardService(Clock clock, EventService events, PitchService pitches, RsvpService rsvps, LiveService live) {
        this.clock = clock;
        this.events = events;
        this.pitches = pitches;
        this.rsvps = rsvps;
        this.live = live;
    }

    public AwardView view(long eventId, Viewer viewer) {
        Event event = events.visibleEvent(eventId, viewer).orElseThrow(() -> Refusal.notFound(m -> m.no_such_night(eventId)));
        return view(event, viewer.signedIn() ? viewer.username() : null, events.organizes(event, viewer));
    }

    /** How many people have voted in the night's award so far: the stage's progress while voting runs. */
    public long votesCast(long eventId) {
        return ((Number) Event.getEntityManager().createNativeQuery("SELECT COUNT(*) FROM award_votes WHERE event_id = ?1")
                .setParameter(1, eventId).getSingleResult()).longValue();
    }

    /** For the stage: the state and, once revealed, the results. */
    public AwardView stageView(long eventId) {
        return view(Event.findById(eventId), null, false);
    }

    private AwardView view(Event event, String username, boolean organizer) {
        LiveNight.Award state = live.night(event.id).map(n -> n.award).orElse(LiveNight.Award.NONE);
        List<Pitch> accepted = pitches.accepted(event.id);
        List<Candidate> candidates = accepted.stream().map(p -> new Candidate(p.id, p.company, p.oneLiner)).toList();
        Long mine = null;
        if (username != null) {
            List<?> row = Event.getEntityManager().createNativeQuery("SELECT pitch_id FROM award_votes WHERE event_id = ?1 AND username = ?2")
                    .setParameter(1, event.id).setParameter(2, username).getResultList();
            mine = row.isEmpty() ? null : ((Number) row.get(0)).longValue();
        }
        List<Result> results = null;
        if (state == LiveNight.Award.REVEALED || organizer) {
            Map<Long, Long> counts = new HashMap<>();
            for (Object r : Event.getEntityManager().createNativeQuery("SELECT pitch_id, COUNT(*) FROM award_votes WHERE event_id = ?1 GROUP BY pitch_id")
                    .setParameter(1, event.id).getResultList()) {
                Object[] cols = (Object[]) r;
                counts.put(((Number) cols[0]).longValue(), ((Number) cols[1]).longValue());
            }
            results = new ArrayList<>(accepted.stream().map(p -> new Result(p.id, p.company, counts.getOrDefault(p.id, 0L))).toList());
            results.sort((a, b) -> Long.compare(b.votes(), a.votes()));
        }
        return new AwardView(state, mine, candidates, results);
    }

    /**
     * A startup's place in the award, only once the organizer has revealed the results (to
     * everyone alike: organizers reading a founder's report see no more than the founder).
     */
    public Optional<Standing> standing(long eventId, long pitchId) {
        AwardView award = view(Event.findById(eventId), null, false);
        if (award.results() == null) {
            return Optional.empty();
        }
        Optional<Result> mine = award.results().stream().filter(r -> r.pitchId() == pitchId).findFirst();
        long total = award.results().stream().mapToLong(Result::votes).sum();
        return mine.map(result -> new Standing(result.votes(),
                1 + (int) award.results().stream().filter(r -> r.votes() > result.votes()).count(),
                award.results().size(), total));
    }

    /** One vote per person and night, while voting is open; a second vote is refused (409). */
    @Transactional
    public AwardView vote(long eventId, Long pitchId, Viewer viewer) {
        Event event = events.visibleEvent(eventId, viewer).orElseThrow(() -> Refusal.notFound(m -> m.no_such_night(eventId)));
        if (pitchId == null) {
            throw QaRefusals.invalid("pitchId", m -> m.award_choose_startup());
        }
        if (!rsvps.hasSeat(eventId, viewer.username())) {
            throw QaRefusals.forbidden(m -> m.award_seated_only(event.title));
        }
        if (live.night(eventId).map(n -> n.award).orElse(LiveNight.Award.NONE) != LiveNight.Award.OPEN) {
            throw QaRefusals.conflict(m -> m.award_not_open_title(), m -> m.award_not_open());
        }
        if (pitches.accepted(eventId).stream().noneMatch(p -> p.id.equals(pitchId))) {
            throw QaRefusals.invalid("pitchId", m -> m.award_not_pitching());
        }
        int added = Event.getEntityManager().createNativeQuery(
                        "INSERT IGNORE INTO award_votes (event_id, username, pitch_id, created_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, eventId).setParameter(2, viewer.username()).setParameter(3, pitchId)
                .setParameter(4, clock.instant()).executeUpdate();
        if (added == 0) {
            throw QaRefusals.conflict(m -> m.award_already_title(), m -> m.award_already());
        }
        return view(event, viewer.username(), events.organizes(event, viewer));
    }
}

package dev.pitchnight.pitch;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import dev.pitchnight.web.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reviews and the ranking: the night's organizers and invited reviewers score pitches on the
 * call's rubric; a founder never sees a review (the startup's report shares only the means).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReviewService {

    private final Clock clock;
    private final EventService events;
    private final PitchAccess access;

    ReviewService(Clock clock, EventService events, PitchAccess access) {
        this.clock = clock;
        this.events = events;
        this.access = access;
    }

    /** Whether the viewer may open the night's review page (to show them the link). */
    public boolean reviews(Event event, Viewer viewer) {
        return viewer.signedIn() && access.access(event, viewer) != PitchAccess.Access.NONE;
    }

    /** The viewer's review of a pitch, if any. */
    public Optional<PitchReview> myReview(long pitchId, Viewer viewer) {
        return PitchReview.find("pitchId = ?1 and reviewer = ?2", pitchId, viewer.username()).firstResultOptional();
    }

    /** An organizer or invited reviewer scores a pitch; a second review by the same person replaces the first. */
    @Transactional
    public ReviewView review(long pitchId, ReviewInput input, Viewer viewer) {
        Pitch pitch = access.pitch(pitchId);
        access.accessTo(pitch, viewer);
        if (pitch.founder.equals(viewer.username())) {
            throw PitchRefusals.forbidden(m -> m.review_own());
        }
        if (pitch.status == Pitch.Status.WITHDRAWN) {
            throw PitchRefusals.conflict(m -> m.withdrawn_title(), m -> m.review_withdrawn(pitch.company));
        }
        if (input == null) {
            throw PitchRefusals.invalid("body", m -> m.review_scores_required());
        }
        Map<String, PitchRefusals.Words> errors = new LinkedHashMap<>();
        score(input.team(), "team", errors);
        score(input.problem(), "problem", errors);
        score(input.traction(), "traction", errors);
        score(input.fit(), "fit", errors);
        if (input.comment() != null && input.comment().length() > 4000) {
            errors.put("comment", m -> m.at_most_characters(4000));
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        PitchReview review = myReview(pitchId, viewer).orElse(null);
        Instant now = clock.instant();
        if (review == null) {
            review = new PitchReview();
            review.pitchId = pitchId;
            review.reviewer = viewer.username();
            review.createdAt = now;
        }
        review.team = input.team();
        review.problem = input.problem();
        review.traction = input.traction();
        review.fit = input.fit();
        review.comment = PitchRules.trim(input.comment());
        review.updatedAt = now;
        if (!review.isPersistent()) {
            review.persist();
        }
        return ReviewView.of(review, access.rubric(pitch.eventId));
    }

    private static void score(Integer value, String field, Map<String, PitchRefusals.Words> errors) {
        if (value == null) {
            errors.put(field, m -> m.review_score_required());
        } else if (value < 1 || value > 5) {
            errors.put(field, m -> m.between(1, 5));
        }
    }

    /** The review page: pitches in the running, by weighted mean (unreviewed last), with review counts. */
    public Ranking ranking(long eventId, Viewer viewer) {
        Event event = events.visibleEvent(eventId, viewer).orElseThrow(() -> PitchAccess.noNight(eventId));
        PitchAccess.Access who = this.access.access(event, viewer);
        if (who == PitchAccess.Access.NONE) {
            throw PitchRefusals.forbidden(m -> m.organizers_only_review(event.title));
        }
        boolean organizer = who == PitchAccess.Access.ORGANIZER;
        boolean blind = !organizer && access.isBlind(eventId);
        Rubric rubric = access.rubric(eventId);
        List<Pitch> pitches = Pitch.list("eventId = ?1 and status <> ?2 order by createdAt, id", eventId, Pitch.Status.WITHDRAWN);
        List<Long> ids = pitches.stream().map(p -> p.id).toList();
        Map<Long, List<PitchReview>> reviews = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (PitchReview review : PitchReview.<PitchReview>list("pitchId in ?1 order by updatedAt", ids)) {
                reviews.computeIfAbsent(review.pitchId, id -> new ArrayList<>()).add(review);
            }
        }
        Set<Long> decks = PitchAccess.decksAmong(pitches);
        record Scored(Pitch pitch, Double mean, List<PitchReview> reviews) {
        }
        List<Scored> scored = new ArrayList<>();
        for (Pitch pitch : pitches) {
            List<PitchReview> own = reviews.getOrDefault(pitch.id, List.of());
            Double mean = own.isEmpty() ? null
                    : Math.round(own.stream().mapToDouble(rubric::score).average().orElseThrow() * 100) / 100.0;
            scored.add(new Scored(pitch, mean, own));
        }
        scored.sort(Comparator.comparing((Scored s) -> s.mean() == null ? Double.NEGATIVE_INFINITY : s.mean()).reversed()
                .thenComparing(s -> -s.reviews().size()).thenComparing(s -> s.pitch().id));
        List<Ranking.Entry> entries = new ArrayList<>();
        int rank = 0;
        for (Scored s : scored) {
            ReviewView mine = s.reviews().stream().filter(r -> r.reviewer.equals(viewer.username())).findFirst()
                    .map(r -> ReviewView.of(r, rubric)).orElse(null);
            List<ReviewView> all = organizer ? s.reviews().stream().map(r -> ReviewView.of(r, rubric)).toList() : null;
            entries.add(new Ranking.Entry(++rank, PitchView.of(s.pitch(), decks.contains(s.pitch().id), blind), s.mean(),
                    s.reviews().size(), mine, all));
        }
        return new Ranking(eventId, blind, organizer, rubric, entries);
    }

    /** One pitch as the review page shows it to an organizer or invited reviewer. */
    public ReviewSheet sheet(long pitchId, Viewer viewer) {
        Pitch pitch = access.pitch(pitchId);
        access.accessTo(pitch, viewer);
        Ranking ranking = ranking(pitch.eventId, viewer);
        Ranking.Entry entry = ranking.pitches().stream().filter(e -> e.pitch().id() == pitchId).findFirst()
                .orElseThrow(() -> PitchAccess.noPitch(pitchId));
        Event event = events.visibleEvent(pitch.eventId, viewer).orElseThrow(() -> PitchAccess.noPitch(pitchId));
        return new ReviewSheet(event, entry, ranking.organizer(), ranking.blind(), ranking.weights(), ranking.pitches().size(),
                events.hasEnded(event));
    }

    /**
     * The means of a pitch's reviews per criterion and its weighted score under the night's rubric;
     * empty before the first review. No reviewer names, no comments: this is what an organizer may
     * share with the founder, and whether to is the caller's rule.
     */
    public Optional<ScoreSummary> scoreSummary(Pitch pitch) {
        List<PitchReview> reviews = PitchReview.list("pitchId", pitch.id);
        return reviews.isEmpty() ? Optional.empty() : Optional.of(ScoreSummary.of(reviews, access.rubric(pitch.eventId)));
    }

    /** The night of a pitch the viewer may review (for redirects after a form). */
    public long eventOf(long pitchId) {
        return access.eventOf(pitchId);
    }
}

package dev.pitchnight.pitch;

import dev.pitchnight.account.Role;
import dev.pitchnight.account.Viewer;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import dev.pitchnight.notify.Outbox;
import dev.pitchnight.web.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Calls for pitches, founders' pitches and decks, reviewers and their scores, decisions. Who may
 * see what is decided here: a founder sees only their own pitches and never a review; invited
 * reviewers see the pitches of the nights they review (without names when the call is blind);
 * the night's organizers see everything and decide.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PitchService {

    private final Clock clock;
    private final EventService events;
    private final Outbox outbox;
    private final jakarta.enterprise.event.Event<PitchLeftLineup> leftLineup;
    private final long deckMaxBytes;

    PitchService(Clock clock, EventService events, Outbox outbox, jakarta.enterprise.event.Event<PitchLeftLineup> leftLineup,
                 @ConfigProperty(name = "pitchnight.pitches.deck-max-bytes") long deckMaxBytes) {
        this.clock = clock;
        this.events = events;
        this.outbox = outbox;
        this.leftLineup = leftLineup;
        this.deckMaxBytes = deckMaxBytes;
    }

    public long deckMaxBytes() {
        return deckMaxBytes;
    }

    // --- the call ---------------------------------------------------------------------------

    /** The night's call for pitches, if it has one (public for public nights). */
    public Optional<PitchCall> call(long eventId) {
        return PitchCall.findByIdOptional(eventId);
    }

    public CallView callView(long eventId, Viewer viewer) {
        Event event = events.visibleEvent(eventId, viewer).orElseThrow(() -> noNight(eventId));
        PitchCall call = call(eventId).orElseThrow(() -> PitchRefusals.notFound(m -> m.call_none(event.title)));
        return CallView.of(call, event.zone(), clock.instant());
    }

    /** The organizer opens or changes the call; weights 0-10 with at least one above 0. */
    @Transactional
    public CallView setCall(long eventId, CallInput input, Viewer viewer) {
        Event event = events.organizedEvent(eventId, viewer);
        if (input == null) {
            throw PitchRefusals.invalid("body", m -> m.call_required());
        }
        PitchCall call = call(eventId).orElse(null);
        boolean fresh = call == null;
        if (fresh) {
            call = new PitchCall();
            call.eventId = eventId;
        }
        Map<String, PitchRefusals.Words> errors = new LinkedHashMap<>();
        Instant opens = input.opensAt() != null ? local(input.opensAt(), event) : fresh ? clock.instant() : call.opensAt;
        Instant closes = input.closesAt() != null ? local(input.closesAt(), event) : fresh ? null : call.closesAt;
        if (closes == null) {
            errors.put("closesAt", m -> m.required());
        } else if (!closes.isAfter(opens)) {
            errors.put("closesAt", m -> m.call_closes_after_opens());
        }
        if (input.slotsWanted() != null && (input.slotsWanted() < 1 || input.slotsWanted() > 50)) {
            errors.put("slotsWanted", m -> m.between(1, 50));
        }
        if (input.brief() != null && input.brief().length() > 4000) {
            errors.put("brief", m -> m.at_most_characters(4000));
        }
        int team = weight(input.weightTeam(), call.weightTeam, "weightTeam", errors);
        int problem = weight(input.weightProblem(), call.weightProblem, "weightProblem", errors);
        int traction = weight(input.weightTraction(), call.weightTraction, "weightTraction", errors);
        int fit = weight(input.weightFit(), call.weightFit, "weightFit", errors);
        if (errors.isEmpty() && team + problem + traction + fit == 0) {
            errors.put("weightTeam", m -> m.call_one_weight());
        }
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors);
        }
        call.opensAt = opens;
        call.closesAt = closes;
        if (input.brief() != null) {
            call.brief = PitchRules.trim(input.brief());
        }
        if (input.slotsWanted() != null) {
            call.slotsWanted = input.slotsWanted();
        }
        if (input.blind() != null) {
            call.blind = input.blind();
        }
        call.weightTeam = team;
        call.weightProblem = problem;
        call.weightTraction = traction;
        call.weightFit = fit;
        call.updatedAt = clock.instant();
        if (fresh) {
            call.persist();
        }
        return CallView.of(call, event.zone(), clock.instant());
    }

    private static int weight(Integer value, int current, String field, Map<String, PitchRefusals.Words> errors) {
        if (value == null) {
            return current;
        }
        if (value < 0 || value > 10) {
            errors.put(field, m -> m.between(0, 10));
        }
        return value;
    }

    private static Instant local(LocalDateTime time, Event event) {
        return time.atZone(event.zone()).toInstant();
    }

    // --- founders ---------------------------------------------------------------------------

    /** A founder applies to pitch while the night's call is open. */
    @Transactional
    public Pitch submit(long eventId, PitchInput input, Viewer viewer) {
        requireFounder(viewer);
        Event event = events.publicEvent(eventId).orElseThrow(() -> noNight(eventId));
        requireOpenCall(event);
        Pitch pitch = new Pitch();
        PitchRules.apply(pitch, input);
        pitch.eventId = eventId;
        pitch.founder = viewer.username();
        pitch.founderName = viewer.displayName();
        pitch.createdAt = clock.instant();
        pitch.updatedAt = pitch.createdAt;
        pitch.persist();
        outbox.pitchReceived(pitch.contactEmail, pitch.company, night(event), Long.toString(pitch.id));
        return pitch;
    }

    /** The founder changes their pitch; only until the call closes, and not once withdrawn. */
    @Transactional
    public Pitch update(long pitchId, PitchInput input, Viewer viewer) {
        Pitch pitch = ownPitch(pitchId, viewer);
        requireEditable(pitch);
        PitchRules.apply(pitch, input);
        pitch.updatedAt = clock.instant();
        return pitch;
    }

    /** The form's way: the pitch and its PDF (null: none chosen) together, all or nothing, every mistake named at once. */
    @Transactional
    public Pitch submitWithDeck(long eventId, PitchInput input, byte[] pdf, Viewer viewer) {
        requireFounder(viewer); // who may, before what they sent
        checkTogether(input, pdf);
        Pitch pitch = submit(eventId, input, viewer);
        if (pdf != null) {
            storeDeck(pitch, pdf);
        }
        return pitch;
    }

    @Transactional
    public Pitch updateWithDeck(long pitchId, PitchInput input, byte[] pdf, Viewer viewer) {
        checkTogether(input, pdf);
        Pitch pitch = update(pitchId, input, viewer);
        if (pdf != null) {
            storeDeck(pitch, pdf);
        }
        return pitch;
    }

    private void checkTogether(PitchInput input, byte[] pdf) {
        Map<String, Refusal.Text> errors = new LinkedHashMap<>();
        try {
            PitchRules.apply(new Pitch(), input);
        } catch (Refusal refusal) {
            errors.putAll(refusal.fieldErrors());
        }
        Refusal deckProblem = null;
        if (pdf != null) {
            try {
                DeckFile.check(pdf, deckMaxBytes);
            } catch (Refusal refusal) {
                deckProblem = refusal;
                errors.putAll(refusal.fieldErrors());
            }
        }
        if (!errors.isEmpty()) {
            if (deckProblem != null && errors.size() == 1) {
                throw deckProblem; // keeps its own status (413 for too large)
            }
            throw Refusal.invalid(errors);
        }
    }

    /** The founder uploads (or replaces) the PDF deck; checked by content and size. */
    @Transactional
    public Pitch uploadDeck(long pitchId, String fileName, byte[] content, Viewer viewer) {
        Pitch pitch = ownPitch(pitchId, viewer);
        requireEditable(pitch);
        DeckFile.check(content, deckMaxBytes);
        storeDeck(pitch, content);
        return pitch;
    }

    private void storeDeck(Pitch pitch, byte[] content) {
        long pitchId = pitch.id;
        PitchDeck deck = PitchDeck.findById(pitchId);
        if (deck == null) {
            deck = new PitchDeck();
            deck.pitchId = pitchId;
        }
        deck.fileName = DeckFile.safeName(pitch.company);
        deck.content = content;
        deck.sizeBytes = content.length;
        deck.uploadedAt = clock.instant();
        if (!deck.isPersistent()) {
            deck.persist();
        }
        pitch.updatedAt = clock.instant();
    }

    /**
     * The founder withdraws; a slot the pitch held is freed in the same transaction. The night's
     * row lock comes first, so a slot cannot be given to the pitch meanwhile.
     */
    public Pitch withdraw(long pitchId, Viewer viewer) {
        long eventId = Pitch.eventOf(pitchId).orElseThrow(() -> noPitch(pitchId));
        return withdrawLocked(eventId, pitchId, viewer);
    }

    @Transactional
    Pitch withdrawLocked(long eventId, long pitchId, Viewer viewer) {
        Event.lockForUpdate(eventId);
        Pitch pitch = ownPitch(pitchId, viewer);
        if (pitch.status != Pitch.Status.WITHDRAWN) {
            boolean wasAccepted = pitch.status == Pitch.Status.ACCEPTED;
            pitch.status = Pitch.Status.WITHDRAWN;
            pitch.updatedAt = clock.instant();
            if (wasAccepted) {
                leftLineup.fire(new PitchLeftLineup(eventId, pitchId));
            }
        }
        return pitch;
    }

    /** The founder's pitches across all nights, newest first. */
    public List<MyPitch> mine(Viewer viewer) {
        List<Pitch> pitches = Pitch.list("founder = ?1 order by createdAt desc, id desc", viewer.username());
        Set<Long> decks = decksAmong(pitches);
        Instant now = clock.instant();
        List<MyPitch> lines = new ArrayList<>();
        for (Pitch pitch : pitches) {
            Event event = events.visibleEvent(pitch.eventId, viewer).orElse(null);
            if (event == null) {
                continue;
            }
            boolean editable = pitch.status != Pitch.Status.WITHDRAWN
                    && call(pitch.eventId).map(call -> call.isOpen(now)).orElse(false);
            boolean reportReady = pitch.status == Pitch.Status.ACCEPTED && events.hasEnded(event);
            lines.add(new MyPitch(pitch, event, editable, decks.contains(pitch.id), reportReady));
        }
        return lines;
    }

    /** The founder's own pitch, for the edit form. */
    public Pitch own(long pitchId, Viewer viewer) {
        return ownPitch(pitchId, viewer);
    }

    /** A pitch as its founder and the organizers see it (names and contact included). */
    public PitchView fullView(Pitch pitch) {
        return PitchView.of(pitch, hasDeck(pitch.id), false);
    }

    public boolean hasDeck(long pitchId) {
        return PitchDeck.count("pitchId", pitchId) > 0;
    }

    // --- seeing pitches ---------------------------------------------------------------------

    /** Organizers: every pitch; invited reviewers: every pitch not withdrawn (blind when the call is); founders: their own. */
    public List<PitchView> forEvent(long eventId, Viewer viewer) {
        Event event = events.visibleEvent(eventId, viewer).orElseThrow(() -> noNight(eventId));
        Access access = access(event, viewer);
        List<Pitch> pitches = switch (access) {
            case ORGANIZER -> Pitch.list("eventId = ?1 order by createdAt, id", eventId);
            case REVIEWER -> Pitch.list("eventId = ?1 and status <> ?2 order by createdAt, id", eventId, Pitch.Status.WITHDRAWN);
            case NONE -> {
                if (!viewer.hasRole(Role.FOUNDER)) {
                    throw PitchRefusals.forbidden(m -> m.organizers_only_see(event.title));
                }
                yield Pitch.list("eventId = ?1 and founder = ?2 order by createdAt, id", eventId, viewer.username());
            }
        };
        boolean blind = access == Access.REVIEWER && isBlind(eventId);
        Set<Long> decks = decksAmong(pitches);
        return pitches.stream().map(pitch -> PitchView.of(pitch, decks.contains(pitch.id), blind)).toList();
    }

    /** One pitch, to its founder, the night's organizers and invited reviewers. */
    public PitchView view(long pitchId, Viewer viewer) {
        Pitch pitch = Pitch.<Pitch>findByIdOptional(pitchId).orElseThrow(() -> noPitch(pitchId));
        if (viewer.signedIn() && pitch.founder.equals(viewer.username())) {
            return PitchView.of(pitch, hasDeck(pitchId), false);
        }
        Access access = accessTo(pitch, viewer);
        return PitchView.of(pitch, hasDeck(pitchId), access == Access.REVIEWER && isBlind(pitch.eventId));
    }

    /** The deck, to its founder, the night's organizers and invited reviewers; 404 to everyone else. */
    public PitchDeck deck(long pitchId, Viewer viewer) {
        Pitch pitch = Pitch.<Pitch>findByIdOptional(pitchId).orElseThrow(() -> noPitch(pitchId));
        if (!pitch.founder.equals(viewer.username())) {
            accessTo(pitch, viewer);
        }
        return PitchDeck.<PitchDeck>findByIdOptional(pitchId)
                .orElseThrow(() -> PitchRefusals.notFound(m -> m.no_deck(pitch.company)));
    }

    /** Accepted pitches of a public night, for its page and the agenda (no names, no contact). */
    public List<Pitch> accepted(long eventId) {
        return Pitch.list("eventId = ?1 and status = ?2 order by company, id", eventId, Pitch.Status.ACCEPTED);
    }

    /** An accepted pitch of this night, or a clear refusal: what an agenda slot may hold. */
    public Pitch acceptedPitch(long eventId, long pitchId) {
        Pitch pitch = Pitch.<Pitch>findByIdOptional(pitchId).filter(p -> p.eventId == eventId)
                .orElseThrow(() -> PitchRefusals.invalid("pitchId", m -> m.not_of_night()));
        if (pitch.status != Pitch.Status.ACCEPTED) {
            throw PitchRefusals.conflict(m -> m.not_accepted_title(), m -> m.not_accepted(pitch.company));
        }
        return pitch;
    }

    /** Companies of the given pitches by id (for the agenda's lines). */
    public Map<Long, Pitch> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, Pitch> found = new LinkedHashMap<>();
        for (Pitch pitch : Pitch.<Pitch>list("id in ?1", ids)) {
            found.put(pitch.id, pitch);
        }
        return found;
    }

    // --- reviewing --------------------------------------------------------------------------

    /** Whether the viewer may open the night's review page (to show them the link). */
    public boolean reviews(Event event, Viewer viewer) {
        return viewer.signedIn() && access(event, viewer) != Access.NONE;
    }

    /** The viewer's review of a pitch, if any. */
    public Optional<PitchReview> myReview(long pitchId, Viewer viewer) {
        return PitchReview.find("pitchId = ?1 and reviewer = ?2", pitchId, viewer.username()).firstResultOptional();
    }

    /** An organizer or invited reviewer scores a pitch; a second review by the same person replaces the first. */
    @Transactional
    public ReviewView review(long pitchId, ReviewInput input, Viewer viewer) {
        Pitch pitch = Pitch.<Pitch>findByIdOptional(pitchId).orElseThrow(() -> noPitch(pitchId));
        accessTo(pitch, viewer);
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
        return ReviewView.of(review, rubric(pitch.eventId));
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
        Event event = events.visibleEvent(eventId, viewer).orElseThrow(() -> noNight(eventId));
        Access access = access(event, viewer);
        if (access == Access.NONE) {
            throw PitchRefusals.forbidden(m -> m.organizers_only_review(event.title));
        }
        boolean organizer = access == Access.ORGANIZER;
        boolean blind = !organizer && isBlind(eventId);
        Rubric rubric = rubric(eventId);
        List<Pitch> pitches = Pitch.list("eventId = ?1 and status <> ?2 order by createdAt, id", eventId, Pitch.Status.WITHDRAWN);
        List<Long> ids = pitches.stream().map(p -> p.id).toList();
        Map<Long, List<PitchReview>> reviews = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (PitchReview review : PitchReview.<PitchReview>list("pitchId in ?1 order by updatedAt", ids)) {
                reviews.computeIfAbsent(review.pitchId, id -> new ArrayList<>()).add(review);
            }
        }
        Set<Long> decks = decksAmong(pitches);
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
        Pitch pitch = Pitch.<Pitch>findByIdOptional(pitchId).orElseThrow(() -> noPitch(pitchId));
        accessTo(pitch, viewer);
        Ranking ranking = ranking(pitch.eventId, viewer);
        Ranking.Entry entry = ranking.pitches().stream().filter(e -> e.pitch().id() == pitchId).findFirst()
                .orElseThrow(() -> noPitch(pitchId));
        Event event = events.visibleEvent(pitch.eventId, viewer).orElseThrow(() -> noPitch(pitchId));
        return new ReviewSheet(event, entry, ranking.organizer(), ranking.blind(), ranking.weights(), ranking.pitches().size(),
                events.hasEnded(event));
    }

    /** The night of a pitch the viewer may review (for redirects after a form). */
    public long eventOf(long pitchId) {
        return Pitch.eventOf(pitchId).orElseThrow(() -> noPitch(pitchId));
    }

    // --- the startup's report (report/ReportService decides who reads what) -------------------

    /** A pitch by id; the caller applies its own rule on who may see what of it. */
    public Optional<Pitch> find(long pitchId) {
        return Pitch.findByIdOptional(pitchId);
    }

    /**
     * The means of a pitch's reviews per criterion and its weighted score under the night's rubric;
     * empty before the first review. No reviewer names, no comments: this is what an organizer may
     * share with the founder, and whether to is the caller's rule.
     */
    public Optional<ScoreSummary> scoreSummary(Pitch pitch) {
        List<PitchReview> reviews = PitchReview.list("pitchId", pitch.id);
        return reviews.isEmpty() ? Optional.empty() : Optional.of(ScoreSummary.of(reviews, rubric(pitch.eventId)));
    }

    // --- deciding ---------------------------------------------------------------------------

    /**
     * The organizer decides; the founder hears by mail (through the outbox, in this transaction).
     * Repeating the same decision changes nothing and mails nothing. A pitch that is no longer
     * accepted loses its agenda slot in the same transaction, under the night's lock.
     */
    public Pitch decide(long pitchId, String decision, Viewer viewer) {
        long eventId = Pitch.eventOf(pitchId).orElseThrow(() -> noPitch(pitchId));
        return decideLocked(eventId, pitchId, decision, viewer);
    }

    @Transactional
    Pitch decideLocked(long eventId, long pitchId, String decision, Viewer viewer) {
        Event.lockForUpdate(eventId);
        Event event = events.organizedEvent(eventId, viewer);
        Pitch pitch = Pitch.findById(pitchId);
        Outbox.PitchDecision chosen;
        try {
            chosen = Outbox.PitchDecision.valueOf(decision == null ? "" : decision.strip().toUpperCase(Locale.ROOT));
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
        outbox.pitchDecided(pitch.contactEmail, pitch.company, night(event), chosen, pitch.id + ":" + pitch.decisionNo);
        return pitch;
    }

    // --- reviewers --------------------------------------------------------------------------

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

    // --- rules shared by the above ----------------------------------------------------------

    enum Access { ORGANIZER, REVIEWER, NONE }

    private Access access(Event event, Viewer viewer) {
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
    private Access accessTo(Pitch pitch, Viewer viewer) {
        Event event = events.visibleEvent(pitch.eventId, viewer).orElseThrow(() -> noPitch(pitch.id));
        Access access = access(event, viewer);
        if (access == Access.NONE || (access == Access.REVIEWER && pitch.status == Pitch.Status.WITHDRAWN)) {
            throw noPitch(pitch.id);
        }
        return access;
    }

    private Pitch ownPitch(long pitchId, Viewer viewer) {
        Pitch pitch = Pitch.<Pitch>findByIdOptional(pitchId).orElseThrow(() -> noPitch(pitchId));
        if (!viewer.signedIn() || !pitch.founder.equals(viewer.username())) {
            throw noPitch(pitchId); // another founder's pitch does not exist for them
        }
        return pitch;
    }

    private void requireEditable(Pitch pitch) {
        if (pitch.status == Pitch.Status.WITHDRAWN) {
            throw PitchRefusals.conflict(m -> m.withdrawn_title(), m -> m.withdrawn_resubmit());
        }
        PitchCall call = call(pitch.eventId).orElseThrow(() -> PitchRefusals.conflict(m -> m.no_call_title(), m -> m.night_has_no_call()));
        if (!call.isOpen(clock.instant())) {
            throw PitchRefusals.conflict(m -> m.call_closed_title(), m -> m.call_closed_no_changes());
        }
    }

    private void requireOpenCall(Event event) {
        if (event.status != Event.Status.PUBLISHED) {
            throw PitchRefusals.conflict(m -> m.not_open_title(), m -> m.takes_no_pitches(event.title));
        }
        PitchCall call = call(event.id).orElseThrow(() -> PitchRefusals.conflict(m -> m.no_call_title(), m -> m.call_none(event.title)));
        Instant now = clock.instant();
        if (now.isBefore(call.opensAt)) {
            throw PitchRefusals.conflict(m -> m.call_not_open_title(), m -> m.call_opens(event.title, call.opensAt.atZone(event.zone())));
        }
        if (!now.isBefore(call.closesAt)) {
            throw PitchRefusals.conflict(m -> m.call_closed_title(), m -> m.call_closed(event.title));
        }
    }

    /** The application form is for founders only; others are told why before they fill it in. */
    public void requireFounderRole(Viewer viewer) {
        requireFounder(viewer);
    }

    private static void requireFounder(Viewer viewer) {
        if (!viewer.hasRole(Role.FOUNDER)) {
            throw PitchRefusals.forbidden(m -> m.founders_only());
        }
    }

    private boolean isBlind(long eventId) {
        return call(eventId).map(call -> call.blind).orElse(true);
    }

    private Rubric rubric(long eventId) {
        return call(eventId).map(PitchCall::rubric).orElse(new Rubric(1, 1, 1, 1));
    }

    private static Set<Long> decksAmong(List<Pitch> pitches) {
        if (pitches.isEmpty()) {
            return Set.of();
        }
        List<Long> ids = pitches.stream().map(p -> p.id).toList();
        return new HashSet<>(PitchDeck.getEntityManager()
                .createQuery("select d.pitchId from PitchDeck d where d.pitchId in :ids", Long.class)
                .setParameter("ids", ids).getResultList());
    }

    private static Outbox.Night night(Event event) {
        return new Outbox.Night(event.id, event.title, event.localStart(), event.venueName);
    }

    private static Refusal noNight(long id) {
        return Refusal.notFound(m -> m.no_such_night(id));
    }

    private static Refusal noPitch(long id) {
        return PitchRefusals.notFound(m -> m.no_such_pitch(id));
    }

}

package dev.pitchnight.qa;

import dev.pitchnight.account.Viewer;
import dev.pitchnight.agenda.AgendaService;
import dev.pitchnight.agenda.Lineup;
import dev.pitchnight.event.Event;
import dev.pitchnight.event.EventService;
import dev.pitchnight.live.ChangeLog;
import dev.pitchnight.live.LiveNight;
import dev.pitchnight.live.LiveService;
import dev.pitchnight.rsvp.RsvpService;
import dev.pitchnight.web.Refusal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Audience questions: who may ask and vote, the limits, moderation. Every change appends what the
 * audience may see of it to the live change log in the same transaction, so pages on every
 * instance update within a second; an anonymous asker's name never goes into that log.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QuestionService {

    public enum Sort { VOTES, TIME }

    public enum Moderation { APPROVE, HIDE, ANSWERED, UNANSWERED, PIN, UNPIN }

    private final Clock clock;
    private final EventService events;
    private final AgendaService agenda;
    private final RsvpService rsvps;
    private final LiveService live;
    private final ChangeLog changes;
    private final int maxLength;
    private final int perMinute;
    private static final Duration RATE_WINDOW = Duration.ofMinutes(1);

    QuestionService(Clock clock, EventService events, AgendaService agenda, RsvpService rsvps, LiveService live,
                    ChangeLog changes, QaConfig config) {
        this.clock = clock;
        this.events = events;
        this.agenda = agenda;
        this.rsvps = rsvps;
        this.live = live;
        this.changes = changes;
        this.maxLength = config.maxLength();
        this.perMinute = config.questionsPerMinute();
    }

    public int maxLength() {
        return maxLength;
    }

    /** A question to the startup on stage, from someone with a seat; pending on pre-moderated nights. */
    public QuestionView ask(long slotId, QuestionInput input, Viewer viewer) {
        return askLocked(agenda.eventOf(slotId), slotId, input, viewer);
    }

    @Transactional
    QuestionView askLocked(long eventId, long slotId, QuestionInput input, Viewer viewer) {
        Event.lockForUpdate(eventId); // serializes a night's questions: the rate limit holds across instances
        Event event = visible(eventId, viewer);
        Lineup.Line slot = pitchSlot(event, slotId);
        requireSeat(event, viewer);
        String text = input == null || input.text() == null ? "" : input.text().strip();
        if (text.isEmpty()) {
            throw QaRefusals.invalid("text", m -> m.qa_write_question());
        }
        if (text.codePointCount(0, text.length()) > maxLength) {
            throw Refusal.invalid("text", m -> m.at_most_characters(maxLength));
        }
        LiveNight night = live.night(eventId).orElse(null);
        if (!live.slotOnStage(night).map(id -> id == slotId).orElse(false)) {
            throw QaRefusals.conflict(m -> m.qa_not_on_stage_title(), m -> m.qa_not_on_stage(slot.company()));
        }
        Instant now = clock.instant();
        List<Question> recent = Question.list("eventId = ?1 and asker = ?2 and createdAt > ?3",
                io.quarkus.panache.common.Sort.ascending("createdAt"), eventId, viewer.username(), now.minus(RATE_WINDOW));
        if (recent.size() >= perMinute) {
            // The next question is taken once enough of these are a minute old to leave room for it.
            Instant freed = recent.get(recent.size() - perMinute).createdAt.plus(RATE_WINDOW);
            Duration wait = Duration.between(now, freed);
            int asked = recent.size();
            long seconds = Refusal.seconds(wait);
            throw QaRefusals.tooMany(m -> m.qa_too_many_title(), m -> m.qa_too_many(asked, seconds), wait);
        }
        Question question = new Question();
        question.eventId = eventId;
        question.slotId = slotId;
        question.asker = viewer.username();
        question.askerName = viewer.displayName();
        question.anonymous = input.anonymous() != null && input.anonymous();
        question.text = text;
        question.status = night.moderation == LiveNight.Moderation.PRE ? Question.Status.PENDING : Question.Status.VISIBLE;
        question.createdAt = now;
        question.persist();
        Question.flush();
        announce(question);
        return QuestionView.forReader(question, viewer.username(), false);
    }

    /**
     * The slot's questions for a reader: the visible ones, plus the reader's own in any state
     * (pending, hidden with the reason). Most votes first, or newest first.
     */
    public List<QuestionView> list(long slotId, Sort sort, Viewer viewer) {
        long eventId = agenda.eventOf(slotId);
        Event event = visible(eventId, viewer);
        pitchSlot(event, slotId);
        return readerList(slotId, sort, viewer.username());
    }

    /** The same list for the stage (by its link, no sign-in): visible questions only. */
    public List<QuestionView> stageList(long slotId, Sort sort) {
        return readerList(slotId, sort, null);
    }

    private List<QuestionView> readerList(long slotId, Sort sort, String username) {
        List<Question> questions = username == null
                ? Question.list("slotId = ?1 and status = ?2", slotId, Question.Status.VISIBLE)
                : Question.list("slotId = ?1 and (status = ?2 or asker = ?3)", slotId, Question.Status.VISIBLE, username);
        Set<Long> voted = username == null ? Set.of() : votedBy(slotId, username);
        return sorted(questions, sort).stream()
                .map(q -> username == null ? QuestionView.audience(q) : QuestionView.forReader(q, username, voted.contains(q.id)))
                .toList();
    }

    /**
     * The questions the audience saw for a pitch (the visible ones of its slot; pending and hidden
     * ones never reached the audience), most votes first, as the audience sees them: anonymous
     * askers stay anonymous. For the startup's report; who may read it is the caller's rule.
     */
    public List<QuestionView> shownFor(long pitchId) {
        List<Question> questions = Question.list(
                "status = ?1 and slotId in (select a.id from AgendaItem a where a.pitchId = ?2)", Question.Status.VISIBLE, pitchId);
        return sorted(questions, Sort.VOTES).stream().map(QuestionView::audience).toList();
    }

    /** Every question of a slot with who asked: the night's organizers only. */
    public List<QuestionView> moderation(long slotId, Sort sort, Viewer viewer) {
        long eventId = agenda.eventOf(slotId);
        events.organizedEvent(eventId, viewer);
        List<Question> questions = Question.list("slotId", slotId);
        return sorted(questions, sort).stream().map(QuestionView::moderator).toList();
    }

    /** One vote per person and question; never for one's own. Voting twice changes nothing. */
    @Transactional
    public QuestionView vote(long questionId, Viewer viewer) {
        lock(questionId);
        Question question = votable(questionId, viewer);
        if (question.asker.equals(viewer.username())) {
            throw QaRefusals.forbidden(m -> m.qa_own_question());
        }
        EntityManager em = Question.getEntityManager();
        // The primary key (question_id, username) keeps it to one vote; INSERT IGNORE answers 0 rows for a repeat.
        int added = em.createNativeQuery("INSERT IGNORE INTO question_votes (question_id, username, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, questionId).setParameter(2, viewer.username()).setParameter(3, clock.instant())
                .executeUpdate();
        if (added == 1) {
            em.createNativeQuery("UPDATE questions SET votes = votes + 1 WHERE id = ?1").setParameter(1, questionId).executeUpdate();
        }
        return afterVote(question, viewer, added == 1);
    }

    /** Takes one's vote back; without a vote, changes nothing. */
    @Transactional
    public QuestionView unvote(long questionId, Viewer viewer) {
        lock(questionId);
        Question question = votable(questionId, viewer);
        EntityManager em = Question.getEntityManager();
        int removed = em.createNativeQuery("DELETE FROM question_votes WHERE question_id = ?1 AND username = ?2")
                .setParameter(1, questionId).setParameter(2, viewer.username()).executeUpdate();
        if (removed == 1) {
            em.createNativeQuery("UPDATE questions SET votes = votes - 1 WHERE id = ?1").setParameter(1, questionId).executeUpdate();
        }
        return afterVote(question, viewer, removed == 1);
    }

    /**
     * Votes on one question queue on its row. Without this lock, two votes would each take a shared
     * lock on the question (the foreign-key check of their vote row) and then both wait to update
     * its count: a deadlock. First statement, so everything read after it is current.
     */
    private static void lock(long questionId) {
        List<?> row = Question.getEntityManager().createNativeQuery("SELECT id FROM questions WHERE id = ?1 FOR UPDATE")
                .setParameter(1, questionId).getResultList();
        if (row.isEmpty()) {
            throw noQuestion(questionId);
        }
    }

    private QuestionView afterVote(Question question, Viewer viewer, boolean changed) {
        Question.getEntityManager().refresh(question); // the count as it is now, under this transaction's row lock
        if (changed) {
            changes.append(question.eventId, ChangeLog.VOTE, Map.of("id", question.id, "slotId", question.slotId, "votes", question.votes));
        }
        return QuestionView.forReader(question, viewer.username(), votedBy(question.slotId, viewer.username()).contains(question.id));
    }

    /** A moderator's decision: approve, hide (with a reason the asker sees), mark answered, pin to the stage. */
    @Transactional
    public QuestionView moderate(long questionId, String action, String reason, Viewer viewer) {
        Question question = Question.findById(questionId);
        if (question == null) {
            throw noQuestion(questionId);
        }
        Event.lockForUpdate(question.eventId);
        events.organizedEvent(question.eventId, viewer);
        Question.getEntityManager().refresh(question);
        Moderation what;
        try {
            what = Moderation.valueOf(action == null ? "" : action.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw QaRefusals.invalid("action", m -> m.qa_moderation_action());
        }
        switch (what) {
            case APPROVE -> {
                question.status = Question.Status.VISIBLE;
                question.hiddenReason = null;
            }
            case HIDE -> {
                String why = reason == null ? "" : reason.strip();
                if (why.isEmpty()) {
                    throw QaRefusals.invalid("reason", m -> m.qa_hide_reason());
                }
                if (why.length() > 200) {
                    throw Refusal.invalid("reason", m -> m.at_most_characters(200));
                }
                question.status = Question.Status.HIDDEN;
                question.hiddenReason = why;
                question.pinned = false;
            }
            case ANSWERED -> question.answered = true;
            case UNANSWERED -> question.answered = false;
            case PIN -> {
                if (question.status != Question.Status.VISIBLE) {
                    throw QaRefusals.conflict(m -> m.qa_not_visible_title(), m -> m.qa_approve_before_pin());
                }
                // One pinned question per slot: the stage shows it large.
                for (Question other : Question.<Question>list("slotId = ?1 and pinned = true and id <> ?2", question.slotId, question.id)) {
                    other.pinned = false;
                    announce(other);
                }
                question.pinned = true;
            }
            case UNPIN -> question.pinned = false;
        }
        question.moderatedBy = viewer.username();
        announce(question);
        return QuestionView.moderator(question);
    }

    /** The night a slot belongs to (for pages), 404 if none. */
    public long eventOfSlot(long slotId) {
        return agenda.eventOf(slotId);
    }

    /** The night a question belongs to (for pages). */
    public long eventOf(long questionId) {
        Question question = Question.findById(questionId);
        if (question == null) {
            throw noQuestion(questionId);
        }
        return question.eventId;
    }

    /** For pages that act on a night's question by its id: 404 unless the question is this night's. */
    public void requireInNight(long questionId, long eventId) {
        if (eventOf(questionId) != eventId) {
            throw QaRefusals.notFound(m -> m.qa_no_question_in_night(questionId));
        }
    }

    // --- rules -------------------------------------------------------------------------------

    private void announce(Question question) {
        changes.append(question.eventId, ChangeLog.QUESTION,
                question.status == Question.Status.VISIBLE ? QuestionView.audience(question) : QuestionView.withheld(question));
    }

    private Question votable(long questionId, Viewer viewer) {
        Question question = Question.findById(questionId);
        if (question == null) {
            throw noQuestion(questionId);
        }
        Event event = visible(question.eventId, viewer);
        if (question.status != Question.Status.VISIBLE) {
            throw noQuestion(questionId);
        }
        requireSeat(event, viewer);
        return question;
    }

    /** Askers and voters: people with a confirmed seat, and the night's organizers. */
    private void requireSeat(Event event, Viewer viewer) {
        if (events.organizes(event, viewer)) {
            return;
        }
        if (!rsvps.hasSeat(event.id, viewer.username())) {
            throw QaRefusals.forbidden(m -> m.qa_seated_only(event.title));
        }
    }

    private Event visible(long eventId, Viewer viewer) {
        return events.visibleEvent(eventId, viewer).orElseThrow(() -> Refusal.notFound(m -> m.no_such_night(eventId)));
    }

    private Lineup.Line pitchSlot(Event event, long slotId) {
        return agenda.lineup(event).agenda().stream().filter(line -> line.id() == slotId && line.isPitch()).findFirst()
                .orElseThrow(() -> QaRefusals.notFound(m -> m.qa_no_slot(slotId)));
    }

    private static Set<Long> votedBy(long slotId, String username) {
        List<?> ids = Question.getEntityManager().createNativeQuery(
                        "SELECT v.question_id FROM question_votes v JOIN questions q ON q.id = v.question_id WHERE q.item_id = ?1 AND v.username = ?2")
                .setParameter(1, slotId).setParameter(2, username).getResultList();
        Set<Long> voted = new HashSet<>();
        ids.forEach(id -> voted.add(((Number) id).longValue()));
        return voted;
    }

    private static List<Question> sorted(List<Question> questions, Sort sort) {
        Comparator<Question> order = sort == Sort.TIME
                ? Comparator.comparing((Question q) -> q.createdAt).reversed().thenComparing(q -> -q.id)
                : Comparator.comparingInt((Question q) -> -q.votes).thenComparing(q -> q.createdAt).thenComparing(q -> q.id);
        return questions.stream().sorted(order).toList();
    }

    public static Sort sort(String value) {
        return "time".equalsIgnoreCase(value) ? Sort.TIME : Sort.VOTES;
    }

    private static Refusal noQuestion(long id) {
        return QaRefusals.notFound(m -> m.qa_no_question(id));
    }
}

package dev.pitchnight.qa;

import dev.pitchnight.account.FormerMember;
import dev.pitchnight.live.ChangeLog;
import dev.pitchnight.pitch.Pitch;
import dev.pitchnight.pitch.PitchService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the live night holds about one person: their questions, question votes and award votes,
 * for the export and the erasure. Questions stay for the night's record, asked by "A former
 * member"; votes keep their counts under the pseudonym, pointing to nobody.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QaPersonalData {

    public record AskedQuestion(long id, long eventId, String text, boolean anonymous, Question.Status status,
                                String hiddenReason, boolean answered, int votes, Instant createdAt) {
    }

    public record QuestionVote(long questionId, Instant createdAt) {
    }

    public record AwardVote(long eventId, long pitchId, String company, Instant createdAt) {
    }

    private final EntityManager em;
    private final PitchService pitches;

    private final ChangeLog changes;

    QaPersonalData(EntityManager em, PitchService pitches, ChangeLog changes) {
        this.em = em;
        this.pitches = pitches;
        this.changes = changes;
    }

    public List<AskedQuestion> questions(String username) {
        return Question.<Question>list("asker = ?1 order by createdAt", username).stream()
                .map(q -> new AskedQuestion(q.id, q.eventId, q.text, q.anonymous, q.status, q.hiddenReason, q.answered,
                        q.votes, q.createdAt))
                .toList();
    }

    @SuppressWarnings("unchecked")
    public List<QuestionVote> questionVotes(String username) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT question_id, created_at FROM question_votes WHERE username = ?1 ORDER BY created_at")
                .setParameter(1, username).getResultList();
        return rows.stream().map(r -> new QuestionVote(((Number) r[0]).longValue(), instant(r[1]))).toList();
    }

    @SuppressWarnings("unchecked")
    public List<AwardVote> awardVotes(String username) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT event_id, pitch_id, created_at FROM award_votes WHERE username = ?1 ORDER BY created_at")
                .setParameter(1, username).getResultList();
        Map<Long, Pitch> pitches = this.pitches.byIds(rows.stream().map(r -> ((Number) r[1]).longValue()).toList());
        return rows.stream().map(r -> {
            long pitchId = ((Number) r[1]).longValue();
            Pitch pitch = pitches.get(pitchId);
            return new AwardVote(((Number) r[0]).longValue(), pitchId, pitch == null ? null : pitch.company, instant(r[2]));
        }).toList();
    }

    /**
     * The person's questions stay, asked by "A former member", also in the live change log that
     * reconnecting pages read again; open pages hear the change.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(String username, String pseudonym) {
        for (Question question : Question.<Question>list("asker", username)) {
            changes.rewrite(question.eventId, ChangeLog.QUESTION, changes.field("author", question.askerName),
                    changes.field("author", FormerMember.NAME));
        }
        em.createNativeQuery("UPDATE questions SET asker = ?2, asker_name = ?3 WHERE asker = ?1")
                .setParameter(1, username).setParameter(2, pseudonym).setParameter(3, FormerMember.NAME).executeUpdate();
        for (String sql : List.of("UPDATE questions SET moderated_by = ?2 WHERE moderated_by = ?1",
                "UPDATE question_votes SET username = ?2 WHERE username = ?1",
                "UPDATE award_votes SET username = ?2 WHERE username = ?1")) {
            em.createNativeQuery(sql).setParameter(1, username).setParameter(2, pseudonym).executeUpdate();
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        return null;
    }
}

package dev.pitchnight.qa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** What the browser journeys read back from the Q&A tables. */
@ApplicationScoped
public class QuestionRows {

    @Transactional
    public List<Question> ofSlot(long slotId) {
        return Question.list("slotId = ?1 order by id", slotId);
    }

    /** Who voted for this question, from {@code question_votes} itself (not the counter). */
    @Transactional
    public List<String> voters(long questionId) {
        @SuppressWarnings("unchecked")
        List<String> voters = Question.getEntityManager()
                .createNativeQuery("SELECT username FROM question_votes WHERE question_id = ?1 ORDER BY username")
                .setParameter(1, questionId)
                .getResultList();
        return voters;
    }
}

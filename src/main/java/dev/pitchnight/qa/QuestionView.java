package dev.pitchnight.qa;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A question as one reader may see it. The audience's view never carries the asker of an anonymous
 * question ({@code author} is null then, and {@code asker} is only filled for moderators);
 * {@code hiddenReason} goes only to the asker and moderators; {@code mine} and {@code votedByMe}
 * only to a signed-in reader.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record QuestionView(long id, long slotId, String text, String author, boolean anonymous, int votes,
                           Question.Status status, boolean answered, boolean pinned, Instant createdAt,
                           String hiddenReason, Boolean mine, Boolean votedByMe, String asker) {

    /** What everyone may see: the public stream's payload and the audience's list. */
    static QuestionView audience(Question q) {
        return new QuestionView(q.id, q.slotId, q.text, q.anonymous ? null : q.askerName, q.anonymous, q.votes, q.status,
                q.answered, q.pinned, q.createdAt, null, null, null, null);
    }

    /** For a signed-in reader: marks their own question (with the reason if hidden) and their vote. */
    static QuestionView forReader(Question q, String username, boolean voted) {
        boolean mine = q.asker.equals(username);
        return new QuestionView(q.id, q.slotId, q.text, q.anonymous ? null : q.askerName,
                q.anonymous, q.votes, q.status, q.answered, q.pinned, q.createdAt, mine ? q.hiddenReason : null, mine, voted,
                null);
    }

    /** For the night's moderators: who asked, always. */
    static QuestionView moderator(Question q) {
        return new QuestionView(q.id, q.slotId, q.text, q.askerName, q.anonymous, q.votes, q.status, q.answered, q.pinned,
                q.createdAt, q.hiddenReason, null, null, q.asker);
    }

    /** The stream's payload for a question the audience may not see (pending or hidden): no text, no name. */
    static QuestionView withheld(Question q) {
        return new QuestionView(q.id, q.slotId, null, null, q.anonymous, 0, q.status, q.answered, false, q.createdAt,
                null, null, null, null);
    }

    public boolean isPending() {
        return status == Question.Status.PENDING;
    }

    public boolean isHidden() {
        return status == Question.Status.HIDDEN;
    }
}

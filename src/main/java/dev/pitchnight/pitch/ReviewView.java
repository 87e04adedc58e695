package dev.pitchnight.pitch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/** One review with its weighted score under the night's rubric. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReviewView(long pitchId, String reviewer, int team, int problem, int traction, int fit, String comment,
                         double score, Instant updatedAt) {

    /** The mark for "team", "problem", "traction" or "fit". */
    public int mark(String criterion) {
        return switch (criterion) {
            case "team" -> team;
            case "problem" -> problem;
            case "traction" -> traction;
            default -> fit;
        };
    }

    static ReviewView of(PitchReview review, Rubric rubric) {
        return new ReviewView(review.pitchId, review.reviewer, review.team, review.problem, review.traction, review.fit,
                review.comment, Math.round(rubric.score(review) * 100) / 100.0, review.updatedAt);
    }
}

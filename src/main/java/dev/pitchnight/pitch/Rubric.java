package dev.pitchnight.pitch;

import java.util.List;

/** The organizer's weights for the four criteria; a review's score is the weighted mean of its 1-5 marks. */
public record Rubric(int team, int problem, int traction, int fit) {

    /** The four criteria, in the order forms show them. */
    public List<String> criteria() {
        return List.of("team", "problem", "traction", "fit");
    }

    /** The weight of "team", "problem", "traction" or "fit". */
    public int of(String criterion) {
        return switch (criterion) {
            case "team" -> team;
            case "problem" -> problem;
            case "traction" -> traction;
            default -> fit;
        };
    }

    public double score(PitchReview review) {
        double total = team * review.team + problem * review.problem + traction * review.traction + fit * review.fit;
        return total / (team + problem + traction + fit);
    }
}

package dev.pitchnight.pitch;

import java.util.List;
import java.util.Locale;

/**
 * What the reviews of one pitch add up to, without who wrote them or what they commented: the mean
 * mark per criterion (1-5) and the mean weighted score, as the review page ranks by it. Rounded to
 * two decimals.
 */
public record ScoreSummary(int reviews, double team, double problem, double traction, double fit, double score) {

    static ScoreSummary of(List<PitchReview> reviews, Rubric rubric) {
        return new ScoreSummary(reviews.size(),
                round(reviews.stream().mapToInt(r -> r.team).average().orElseThrow()),
                round(reviews.stream().mapToInt(r -> r.problem).average().orElseThrow()),
                round(reviews.stream().mapToInt(r -> r.traction).average().orElseThrow()),
                round(reviews.stream().mapToInt(r -> r.fit).average().orElseThrow()),
                round(reviews.stream().mapToDouble(rubric::score).average().orElseThrow()));
    }

    /** The four criteria, in the order the review form shows them. */
    public List<String> criteria() {
        return List.of("team", "problem", "traction", "fit");
    }

    /** The mean for "team", "problem", "traction" or "fit". */
    public double mean(String criterion) {
        return switch (criterion) {
            case "team" -> team;
            case "problem" -> problem;
            case "traction" -> traction;
            default -> fit;
        };
    }

    /** "4.25", written as the review page writes scores. */
    public String text(String criterion) {
        return String.format(Locale.ROOT, "%.2f", mean(criterion));
    }

    public String scoreText() {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

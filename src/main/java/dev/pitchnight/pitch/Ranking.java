package dev.pitchnight.pitch;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;

/**
 * The review page: every pitch still in the running, best weighted mean first, with how many
 * reviews it has. {@code reviews} (everyone's scores and comments) is filled for organizers only;
 * a reviewer sees their own review in {@code mine}.
 */
public record Ranking(long eventId, boolean blind, boolean organizer, Rubric weights, List<Entry> pitches) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entry(int rank, PitchView pitch, Double weightedMean, int reviewCount, ReviewView mine,
                        List<ReviewView> reviews) {

        /** "4.25", or "–" before the first review. */
        public String meanText() {
            return weightedMean == null ? "–" : String.format(Locale.ROOT, "%.2f", weightedMean);
        }
    }

    /** The decisions an organizer can make, in the order the buttons show them. */
    public List<String> decisions() {
        return List.of("ACCEPTED", "RESERVE", "REJECTED");
    }
}

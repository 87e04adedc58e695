package dev.pitchnight.pitch;

import java.util.List;

import dev.pitchnight.event.Event;

/**
 * One pitch on the review page: what the viewer may see of it, the scores so far, and the viewer's own review;
 * {@code nightEnded} for the organizer's link to the startup's report.
 */
public record ReviewSheet(Event event, Ranking.Entry entry, boolean organizer, boolean blind, Rubric weights, int pitchCount,
                          boolean nightEnded) {

    /** The decisions an organizer can make, in the order the buttons show them. */
    public List<String> decisions() {
        return List.of("ACCEPTED", "RESERVE", "REJECTED");
    }
}

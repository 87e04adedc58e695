package dev.pitchnight.report;

import dev.pitchnight.event.Event;
import dev.pitchnight.pitch.ScoreSummary;
import java.time.Instant;
import java.util.List;

/**
 * The organizer's page of a night's reports: one line per accepted pitch with the choices made
 * so far, what there is to share, and whether its mail went out; and whether they can be sent.
 */
public record NightReports(Event event, boolean ended, boolean cancelled, List<Line> lines) {

    public record Line(long pitchId, String company, String founderName, int questions, int connections,
                       ScoreSummary scores, boolean shareReview, String note, Instant sentAt) {
    }

    /** The reports go out once the night is over, and never for a cancelled night. */
    public boolean canSend() {
        return ended && !cancelled;
    }
}

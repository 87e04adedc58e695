package dev.pitchnight.report;

import dev.pitchnight.network.NetworkService;
import dev.pitchnight.pitch.ScoreSummary;
import dev.pitchnight.qa.AwardService;
import dev.pitchnight.qa.QuestionView;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A startup's report after the night, as one reader may see it (page and {@code /api} alike):
 * <ul>
 * <li>{@code questions}: what the audience saw during its slot, most votes first;</li>
 * <li>{@code award}: null until the organizer reveals the results;</li>
 * <li>{@code connections}: the cards of the people who connected with the founder, for the founder
 * only (null for organizers, who see {@code connectionCount});</li>
 * <li>{@code review}: null unless the organizer shares it (means and a note; never reviewers'
 * names or comments).</li>
 * </ul>
 */
public record ReportView(long pitchId, String company, String oneLiner, long eventId, String eventTitle, Instant startsAt,
                         Instant endsAt, String timeZone, boolean nightEnded, boolean forFounder,
                         List<QuestionView> questions, AwardService.Standing award,
                         List<NetworkService.SharedCard> connections, int connectionCount, Review review, Instant sentAt) {

    /** The shared part of the review: the means (null before any review) and the organizer's note. */
    public record Review(ScoreSummary scores, String note) {
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public ZonedDateTime localStart() {
        return startsAt.atZone(zone());
    }
}

package dev.pitchnight.agenda;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * What the public event page shows of the run of show: the agenda with times in the night's
 * zone, the accepted startups, and the call for pitches if one is open.
 */
public record Lineup(List<Line> agenda, List<Startup> startups, Call call) {

    public record Line(long id, AgendaItem.Kind kind, String title, ZonedDateTime start, ZonedDateTime end, int minutes,
                       int qaMinutes, Long pitchId, String company, String oneLiner) {

        public boolean isPitch() {
            return kind == AgendaItem.Kind.PITCH;
        }
    }

    public record Startup(long pitchId, String company, String oneLiner, String website, ZonedDateTime slotStart) {
    }

    /** The call as the page shows it; {@code open} decides whether the "pitch" button appears. */
    public record Call(boolean open, ZonedDateTime closes, String brief, int slotsWanted) {
    }

    public boolean isEmpty() {
        return agenda.isEmpty() && startups.isEmpty() && call == null;
    }
}

package dev.pitchnight.qa;

import dev.pitchnight.agenda.Lineup;
import dev.pitchnight.live.LiveNight;
import dev.pitchnight.live.LiveView;
import java.util.List;

/**
 * The run of show as the audience page shows it: the item on now marked, and, while no pitch is
 * on, the pitch whose questions open next (when none is left, questions are over for the night).
 */
public record AudienceAgenda(List<Lineup.Line> lines, Long currentId, Lineup.Line questionsOpen) {

    static AudienceAgenda of(List<Lineup.Line> lines, LiveView live) {
        Long current = live.slot() != null ? Long.valueOf(live.slot().id()) : null;
        if (live.phase() == LiveNight.Phase.ENDED || (live.slot() != null && live.slot().isPitch())) {
            return new AudienceAgenda(lines, current, null);
        }
        // From the item on now, or the one up next, the first pitch still to come.
        Long from = current != null ? current : live.next() != null ? Long.valueOf(live.next().id()) : null;
        int start = 0;
        for (int i = 0; i < lines.size() && from != null; i++) {
            if (lines.get(i).id() == from) {
                start = i;
                break;
            }
        }
        Lineup.Line opens = lines.subList(start, lines.size()).stream().filter(Lineup.Line::isPitch).findFirst().orElse(null);
        return new AudienceAgenda(lines, current, opens);
    }

    public boolean isCurrent(Lineup.Line line) {
        return currentId != null && currentId == line.id();
    }
}

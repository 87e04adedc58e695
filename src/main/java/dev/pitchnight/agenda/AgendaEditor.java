package dev.pitchnight.agenda;

import dev.pitchnight.event.Event;
import dev.pitchnight.pitch.Pitch;
import java.time.Duration;
import java.util.List;

/** The organizer's agenda page: the night, its lines with times, accepted pitches without a slot, minutes used. */
public record AgendaEditor(Event event, List<Lineup.Line> lines, List<Pitch> waiting, int minutesUsed) {

    /** Minutes the agenda runs past the night's end (after the night was shortened), or 0. */
    public long overrun() {
        return Math.max(0, -minutesLeft());
    }

    /** Minutes of the night not planned yet (never below 0). */
    public long minutesFree() {
        return Math.max(0, minutesLeft());
    }

    public long minutesLeft() {
        return Duration.between(event.startsAt, event.endsAt).toMinutes() - minutesUsed;
    }
}

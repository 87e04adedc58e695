package dev.pitchnight.agenda;

import dev.pitchnight.event.Event;
import dev.pitchnight.pitch.Pitch;
import java.util.List;

/** The organizer's agenda page: the night, its lines with times, accepted pitches without a slot, minutes used. */
public record AgendaEditor(Event event, List<Lineup.Line> lines, List<Pitch> waiting, int minutesUsed) {

    public long minutesLeft() {
        return java.time.Duration.between(event.startsAt, event.endsAt).toMinutes() - minutesUsed;
    }
}

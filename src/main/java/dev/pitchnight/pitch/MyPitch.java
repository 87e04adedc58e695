package dev.pitchnight.pitch;

import dev.pitchnight.event.Event;

/** One line of a founder's "my pitches" page: the pitch, its night, and whether it can still be changed. */
public record MyPitch(Pitch pitch, Event event, boolean editable, boolean hasDeck) {
}

package dev.pitchnight.pitch;

import dev.pitchnight.event.Event;

/**
 * One line of a founder's "my pitches" page: the pitch, its night, whether it can still be changed,
 * and whether its report from the night is there to read (accepted, and the night is over).
 */
public record MyPitch(Pitch pitch, Event event, boolean editable, boolean hasDeck, boolean reportReady) {
}

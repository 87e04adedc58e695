package dev.pitchnight.event;

import java.time.LocalDateTime;

/** "Announce the next night": when the copy starts, as a local date-time in the night's own zone. */
public record CopyInput(LocalDateTime startsAt) {
}

package dev.pitchnight.agenda;

/**
 * An agenda item as sent. A pitch slot: {@code pitchId} (kind PITCH implied), {@code pitchMinutes}
 * (default 5), {@code qaMinutes} (default 3). Anything else: {@code kind} and {@code minutes}
 * (a default per kind), optional {@code title}. On a change, omitted fields keep their value.
 */
public record SlotInput(String kind, String title, Integer minutes, Long pitchId, Integer pitchMinutes, Integer qaMinutes) {
}

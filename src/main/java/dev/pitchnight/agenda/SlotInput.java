package dev.pitchnight.agenda;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An agenda item as sent. A pitch slot: {@code pitchId} (kind PITCH implied), {@code pitchMinutes}
 * (default 5), {@code qaMinutes} (default 3). Anything else: {@code kind} and {@code minutes}
 * (a default per kind), optional {@code title}. On a change, omitted fields keep their value.
 */
public record SlotInput(@Schema(enumeration = {"DOORS", "INTRO", "PITCH", "BREAK", "NETWORKING", "OTHER"},
                                description = "AgendaItem.Kind; implied PITCH when pitchId is given.") String kind,
                        String title, Integer minutes, Long pitchId, Integer pitchMinutes, Integer qaMinutes) {
}

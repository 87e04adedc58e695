package dev.pitchnight.pitch;

import java.time.LocalDateTime;

/** The organizer's call for pitches; times are local to the night's zone. Omitted fields keep their value. */
public record CallInput(LocalDateTime opensAt, LocalDateTime closesAt, String brief, Integer slotsWanted, Boolean blind,
                        Integer weightTeam, Integer weightProblem, Integer weightTraction, Integer weightFit) {
}

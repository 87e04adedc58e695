package dev.pitchnight.pitch;

/** A reviewer's marks, 1-5 each, and an optional comment. */
public record ReviewInput(Integer team, Integer problem, Integer traction, Integer fit, String comment) {
}

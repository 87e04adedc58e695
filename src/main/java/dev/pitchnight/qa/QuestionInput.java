package dev.pitchnight.qa;

/** {@code {"text":"…","anonymous":false}}. */
public record QuestionInput(String text, Boolean anonymous) {
}

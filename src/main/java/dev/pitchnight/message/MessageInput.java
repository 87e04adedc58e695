package dev.pitchnight.message;

/**
 * A message as an organizer sends it: {@code audience} CONFIRMED, WAITLISTED or ALL, a one-line
 * subject, a Markdown body. Kept as text so that a wrong audience gets its own clear message.
 */
public record MessageInput(String audience, String subject, String body) {
}

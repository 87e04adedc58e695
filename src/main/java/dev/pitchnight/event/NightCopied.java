package dev.pitchnight.event;

import java.time.Duration;

/**
 * Fired (synchronously, in the transaction that creates the copy) when an organizer announces the next night
 * as a copy of an earlier one. The features that belong to a night copy what should repeat: the agenda its
 * non-pitch items, the call for pitches its brief and rubric, with every date moved by {@code shift}.
 * RSVPs, pitches, questions and cards are never copied.
 *
 * @param language the organizer's language, for any words the copy needs (e.g. a placeholder's title)
 */
public record NightCopied(Event original, Event copy, Duration shift, String language) {
}

package dev.pitchnight.event;

/**
 * Fired (synchronously, inside the transaction of the change) when a night is cancelled, or a
 * published night moves in time or place, so that whoever holds a place at it can be told (the
 * RSVP feature mails them). {@code change} names this change among the night's others: the same
 * change announced twice mails once.
 */
public record NightChanged(Event event, Kind kind, String change) {

    public enum Kind { CANCELLED, MOVED }
}

package dev.pitchnight.event;

/**
 * Fired (synchronously, inside the transaction that holds the night's row lock) when an
 * organizer gives a night a new capacity, before it is set. The RSVP feature sets it: it refuses
 * a capacity below the seats already taken (the whole change is rolled back) and hands new seats
 * to the waitlist.
 */
public record NightResized(Event event, int capacity) {
}

package dev.pitchnight.event;

/**
 * Fired (synchronously, inside the transaction that holds the night's row lock) when an
 * organizer changes when a night starts or ends. An observer that cannot live with the new
 * times throws a {@link dev.pitchnight.web.Refusal}, and the whole change is rolled back:
 * the agenda, for one, must still end by the night's end.
 */
public record NightRescheduled(Event event) {
}

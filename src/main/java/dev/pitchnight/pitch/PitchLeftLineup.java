package dev.pitchnight.pitch;

/**
 * Fired (synchronously, inside the transaction that holds the night's lock) when a pitch stops
 * being accepted: withdrawn, or decided otherwise. The agenda frees its slot in the same transaction.
 */
public record PitchLeftLineup(long eventId, long pitchId) {
}

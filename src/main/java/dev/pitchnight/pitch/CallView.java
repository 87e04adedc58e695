package dev.pitchnight.pitch;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** A night's call for pitches as {@code /api} shows it, times with the night's offset. */
public record CallView(long eventId, OffsetDateTime opensAt, OffsetDateTime closesAt, boolean open, String brief,
                       int slotsWanted, boolean blind, Rubric weights) {

    static CallView of(PitchCall call, ZoneId zone, Instant now) {
        return new CallView(call.eventId, call.opensAt.atZone(zone).toOffsetDateTime(),
                call.closesAt.atZone(zone).toOffsetDateTime(), call.isOpen(now), call.brief, call.slotsWanted, call.blind,
                call.rubric());
    }
}

package dev.pitchnight.rsvp;

/**
 * An organizer opened a night's attendee list ({@code PAGE}), downloaded it ({@code CSV}) or read it through the API ({@code API}): announced
 * (CDI, synchronously, before the list is answered) so that whoever keeps the record of it
 * (privacy/AccessRecords) does, without the RSVPs knowing about it.
 */
public record AttendeeListOpened(long eventId, long groupId, String viewer, Kind kind) {

    public enum Kind { PAGE, CSV, API }
}

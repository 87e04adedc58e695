package dev.pitchnight.rsvp;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Who a group's no-show rule flags, asked by the RSVPs ({@link NoShowHold}) and answered by the
 * feature that knows who came: the door ({@code checkin/NoShows}).
 */
public interface NoShowRecord {

    /** Those of these people the group's rule flags as of {@code now}; none when the rule is off. */
    Set<String> flagged(long groupId, Collection<String> usernames, Instant now);
}

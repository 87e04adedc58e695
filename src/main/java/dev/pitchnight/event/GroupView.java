package dev.pitchnight.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;
import java.util.List;

/** A group as {@code /api} shows it, with its organizers by display name and its next night, if any. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GroupView(String slug, String name, String description, String city, String timeZone, String website,
                        long memberCount, List<Organizer> organizers, boolean suspended, boolean membersVisible,
                        Night nextNight) {

    /** An owner or co-organizer: the user name (to add or remove them) and the name people read. */
    public record Organizer(String username, String name, GroupMember.GroupRole role) {
    }

    /** The group's next published night. */
    public record Night(long id, String title, OffsetDateTime startsAt) {
    }
}

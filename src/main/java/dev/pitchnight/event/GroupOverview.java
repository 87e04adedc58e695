package dev.pitchnight.event;

import dev.pitchnight.web.Paged;
import java.util.List;

/**
 * What a group's page shows; {@code viewerRole} is null when the viewer is not a member. Drafts
 * only for its organizers; member names only to members, when the owner shows them.
 */
public record GroupOverview(MeetupGroup group, Paged<Event> upcoming, Paged<Event> past, long members,
                            GroupMember.GroupRole viewerRole, List<Event> drafts, List<String> memberNames) {

    public boolean member() {
        return viewerRole != null;
    }

    /** Owners and co-organizers (admins too, see {@code EventService#group}) run the group's nights. */
    public boolean organizer() {
        return viewerRole == GroupMember.GroupRole.OWNER || viewerRole == GroupMember.GroupRole.CO_ORGANIZER;
    }

    public boolean owner() {
        return viewerRole == GroupMember.GroupRole.OWNER;
    }
}

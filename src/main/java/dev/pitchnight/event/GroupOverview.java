package dev.pitchnight.event;

import java.util.List;

/** What a group's page shows; {@code viewerRole} is null when the viewer is not a member. */
public record GroupOverview(MeetupGroup group, List<Event> upcoming, List<Event> past, long members,
                            GroupMember.GroupRole viewerRole) {

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

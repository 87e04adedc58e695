package dev.pitchnight.event;

import dev.pitchnight.account.Role;
import dev.pitchnight.account.Viewer;
import dev.pitchnight.web.Refusal;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Groups and events: what is announced, and to whom it is visible. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventService {

    private final Clock clock;

    EventService(Clock clock) {
        this.clock = clock;
    }

    /** Published nights that have not ended yet, soonest first, with their groups loaded. */
    public List<Event> upcoming() {
        return Event.<Event>find("from Event e join fetch e.group where e.status = :status and e.endsAt > :now order by e.startsAt, e.id",
                        Parameters.with("status", Event.Status.PUBLISHED).and("now", clock.instant()))
                .list();
    }

    /** A night anyone may see: published, cancelled or completed, never a draft. */
    public Optional<Event> publicEvent(long id) {
        return Event.<Event>find("from Event e join fetch e.group where e.id = :id and e.status <> :draft",
                        Parameters.with("id", id).and("draft", Event.Status.DRAFT))
                .firstResultOptional();
    }

    /**
     * The event, if the viewer may run it: an owner or co-organizer of its group, or an admin.
     * Others learn nothing beyond "not allowed"; drafts of other groups stay unknown.
     */
    public Event organizedEvent(long id, Viewer viewer) {
        Event event = Event.<Event>find("from Event e join fetch e.group where e.id = ?1", id).firstResultOptional()
                .orElseThrow(() -> Refusal.notFound("There is no pitch night " + id + "."));
        if (viewer.hasRole(Role.ADMIN) || organizes(event.group, viewer.username())) {
            return event;
        }
        if (event.status == Event.Status.DRAFT) {
            throw Refusal.notFound("There is no pitch night " + id + ".");
        }
        throw Refusal.forbidden("Only the organizers of " + event.group.name + " can see this.");
    }

    private static boolean organizes(MeetupGroup group, String username) {
        return username != null && GroupMember.count("group = ?1 and username = ?2 and role in ?3", group, username,
                java.util.List.of(GroupMember.GroupRole.OWNER, GroupMember.GroupRole.CO_ORGANIZER)) > 0;
    }
}

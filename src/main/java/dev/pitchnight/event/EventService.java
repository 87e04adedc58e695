package dev.pitchnight.event;

import dev.pitchnight.account.Role;
import dev.pitchnight.account.Viewer;
import dev.pitchnight.rsvp.RsvpService;
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
    private final RsvpService rsvps;

    EventService(Clock clock, RsvpService rsvps) {
        this.clock = clock;
        this.rsvps = rsvps;
    }

    /** A new night in the group, by one of its organizers (or an admin). */
    @Transactional
    public Event create(String groupSlug, EventInput input, Viewer viewer) {
        MeetupGroup group = MeetupGroup.findBySlug(groupSlug)
                .orElseThrow(() -> Refusal.notFound("There is no group " + groupSlug + "."));
        requireOrganizer(group, viewer);
        Event event = new Event();
        event.group = group;
        event.createdBy = viewer.username();
        EventRules.apply(event, input, true);
        event.slug = freeSlug(group, event.title);
        event.persist();
        return event;
    }

    /**
     * Changes a night under its row lock; a new capacity promotes from the waitlist or is
     * refused below the seats already taken. All or nothing.
     */
    @Transactional
    public EventView update(long id, EventInput input, Viewer viewer) {
        // The lock comes first: under REPEATABLE READ, rows read before it would be a stale snapshot.
        Event event = Event.lockForUpdate(id).orElseThrow(() -> Refusal.notFound("There is no pitch night " + id + "."));
        authorize(event, viewer);
        EventRules.apply(event, input, false);
        if (input.capacity() != null && input.capacity() != event.capacity) {
            if (input.capacity() < 0 || input.capacity() > EventRules.MAX_CAPACITY) {
                throw Refusal.invalid("capacity", "must be between 0 and " + EventRules.MAX_CAPACITY);
            }
            rsvps.resize(event, input.capacity());
        }
        return EventView.of(event);
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
        authorize(event, viewer);
        return event;
    }

    private static void authorize(Event event, Viewer viewer) {
        if (canOrganize(event.group, viewer)) {
            return;
        }
        if (event.status == Event.Status.DRAFT) {
            throw Refusal.notFound("There is no pitch night " + event.id + ".");
        }
        throw Refusal.forbidden("Only the organizers of " + event.group.name + " can see or change this.");
    }

    private static void requireOrganizer(MeetupGroup group, Viewer viewer) {
        if (!canOrganize(group, viewer)) {
            throw Refusal.forbidden("Only the organizers of " + group.name + " can do this.");
        }
    }

    private static boolean canOrganize(MeetupGroup group, Viewer viewer) {
        return viewer.hasRole(Role.ADMIN) || organizes(group, viewer.username());
    }

    /** "palo-alto-pitch-night", or with "-2", "-3" … when the group already has one. */
    private static String freeSlug(MeetupGroup group, String title) {
        String base = java.text.Normalizer.normalize(title, java.text.Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (base.isEmpty()) {
            base = "night";
        }
        base = base.length() > 80 ? base.substring(0, 80) : base;
        String slug = base;
        for (int n = 2; Event.count("group = ?1 and slug = ?2", group, slug) > 0; n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private static boolean organizes(MeetupGroup group, String username) {
        return username != null && GroupMember.count("group = ?1 and username = ?2 and role in ?3", group, username,
                java.util.List.of(GroupMember.GroupRole.OWNER, GroupMember.GroupRole.CO_ORGANIZER)) > 0;
    }
}

package dev.pitchnight.event;

import dev.pitchnight.account.Role;
import dev.pitchnight.account.Viewer;
import dev.pitchnight.picture.PictureKind;
import dev.pitchnight.picture.PictureService;
import dev.pitchnight.web.Paged;
import dev.pitchnight.web.Refusal;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Groups and events: what is announced, and to whom it is visible. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventService {

    private final Clock clock;
    // CDI's Event, spelled out: ours is the night.
    private final jakarta.enterprise.event.Event<NightRescheduled> rescheduled;
    private final jakarta.enterprise.event.Event<NightResized> resized;
    private final jakarta.enterprise.event.Event<NightChanged> changed;
    private final PictureService pictures;

    @jakarta.inject.Inject
    NightAnnouncements announcements;

    EventService(Clock clock, jakarta.enterprise.event.Event<NightRescheduled> rescheduled,
                 jakarta.enterprise.event.Event<NightResized> resized, jakarta.enterprise.event.Event<NightChanged> changed,
                 PictureService pictures) {
        this.clock = clock;
        this.pictures = pictures;
        this.rescheduled = rescheduled;
        this.resized = resized;
        this.changed = changed;
    }

    /** A new night in the group, by one of its organizers (or an admin). */
    @Transactional
    public Event create(String groupSlug, EventInput input, Viewer viewer) {
        MeetupGroup group = groupBySlug(groupSlug);
        requireOrganizer(group, viewer);
        return announce(group, input, viewer.username());
    }

    /** A new night announced by this organizer of the group (the demo seed's way, without a request). */
    @Transactional
    public Event create(String groupSlug, EventInput input, String organizer) {
        MeetupGroup group = groupBySlug(groupSlug);
        if (!organizes(group, organizer)) {
            throw EventRefusals.forbidden(m -> m.event_organizers_only(group.name));
        }
        return announce(group, input, organizer);
    }

    private Event announce(MeetupGroup group, EventInput input, String organizer) {
        if (group.suspended()) {
            throw GroupRefusals.conflict(m -> m.group_suspended_title(), m -> m.group_suspended(group.name));
        }
        Event event = new Event();
        event.group = group;
        event.createdBy = organizer;
        if (input.timeZone() == null) { // the group's zone is the default for its nights
            input = new EventInput(input.title(), input.description(), input.startsAt(), input.endsAt(), group.timeZone,
                    input.capacity(), input.guestsAllowed(), input.waitlistEnabled(), input.waitlistPolicy(), input.status(),
                    input.venue(), input.venueAddress(), input.onlineUrl(), input.rsvpOpensAt(), input.rsvpClosesAt());
        }
        EventRules.apply(event, input, true);
        event.slug = freeSlug(group, event.title);
        event.persist();
        if (event.status == Event.Status.PUBLISHED) {
            announcements.published(event, organizer);
        }
        return event;
    }

    /**
     * Changes a night under its row lock; a new capacity promotes from the waitlist or is
     * refused below the seats already taken. All or nothing.
     */
    @Transactional
    public EventView update(long id, EventInput input, Viewer viewer) {
        // The lock comes first: under REPEATABLE READ, rows read before it would be a stale snapshot.
        Event event = Event.lockForUpdate(id).orElseThrow(() -> Refusal.notFound(m -> m.no_such_night(id)));
        authorize(event, viewer);
        Event.Status statusBefore = event.status;
        String whereAndWhenBefore = whereAndWhen(event);
        Instant startsBefore = event.startsAt;
        Instant endsBefore = event.endsAt;
        EventRules.apply(event, input, false);
        if (!event.startsAt.equals(startsBefore) || !event.endsAt.equals(endsBefore)) {
            rescheduled.fire(new NightRescheduled(event)); // may refuse: then nothing of this change is kept
        }
        if (input.capacity() != null && input.capacity() != event.capacity) {
            resized.fire(new NightResized(event, input.capacity())); // may refuse, like a new time
        }
        tellHolders(event, statusBefore, whereAndWhenBefore);
        if (statusBefore != Event.Status.PUBLISHED && event.status == Event.Status.PUBLISHED) {
            announcements.published(event, viewer.username());
        }
        return EventView.of(event);
    }

    /**
     * Whether the night's live pages (the audience's Q&A) belong on its page now: it is published
     * and today, in the night's own zone, is the day it starts or ends.
     */
    public boolean liveToday(Event event) {
        if (event.status != Event.Status.PUBLISHED) {
            return false;
        }
        LocalDate today = LocalDate.now(clock.withZone(event.zone()));
        return !today.isBefore(event.localStart().toLocalDate()) && !today.isAfter(event.localEnd().toLocalDate());
    }

    /** Published nights that have not ended yet, soonest first, with their groups loaded (suspended groups' left out). */
    public List<Event> upcoming() {
        return Event.<Event>find("from Event e join fetch e.group g where e.status = :status and e.endsAt > :now"
                                + " and g.suspendedAt is null order by e.startsAt, e.id",
                        Parameters.with("status", Event.Status.PUBLISHED).and("now", clock.instant()))
                .list();
    }

    /** Which nights a list shows: those still to come (soonest first) or those that took place (latest first). */
    public enum When {
        UPCOMING, PAST;

        /** The values {@link #of} takes, as a refusal lists them. */
        private static final String NAMES = "upcoming, past";

        /** "upcoming" or "past" (any case); null is upcoming; anything else is a 400. */
        public static When of(String value) {
            if (value == null || value.isBlank()) {
                return UPCOMING;
            }
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "upcoming" -> UPCOMING;
                case "past" -> PAST;
                default -> throw Refusal.invalid("when", m -> m.one_of(NAMES));
            };
        }
    }

    /**
     * A page of public nights: published ones still to come, or those that took place (published
     * or completed, ended); never drafts, cancelled nights or a suspended group's. {@code q}
     * matches the title, the group's name, the venue's address and the group's city, case- and
     * accent-insensitively (the columns' collation); {@code groupSlug} keeps one group's.
     */
    public Paged<Event> search(String q, String groupSlug, When when, int page, int size) {
        StringBuilder where = new StringBuilder("g.suspendedAt is null");
        Parameters parameters = Parameters.with("now", clock.instant());
        if (when == When.PAST) {
            where.append(" and e.status in :statuses and e.endsAt <= :now");
            parameters = parameters.and("statuses", List.of(Event.Status.PUBLISHED, Event.Status.COMPLETED));
        } else {
            where.append(" and e.status = :status and e.endsAt > :now");
            parameters = parameters.and("status", Event.Status.PUBLISHED);
        }
        String like = Paged.likePattern(q);
        if (like != null) {
            where.append(" and (e.title like :q or g.name like :q or g.city like :q or e.venueAddress like :q or e.venueName like :q)");
            parameters = parameters.and("q", like);
        }
        if (groupSlug != null && !groupSlug.isBlank()) {
            where.append(" and g.slug = :slug");
            parameters = parameters.and("slug", groupSlug.strip());
        }
        long total = Event.count("from Event e join e.group g where " + where, parameters);
        String order = when == When.PAST ? " order by e.startsAt desc, e.id desc" : " order by e.startsAt, e.id";
        List<Event> events = Event.<Event>find("from Event e join fetch e.group g where " + where + order, parameters)
                .page(page - 1, size).list();
        return new Paged<>(events, total, page, size);
    }

    /** The group's drafts, for its organizers' view of the group. */
    public List<Event> drafts(MeetupGroup group, Viewer viewer) {
        if (!viewer.signedIn() || !canOrganize(group, viewer)) {
            return List.of();
        }
        return Event.list("group = ?1 and status = ?2 order by startsAt, id", group, Event.Status.DRAFT);
    }

    /**
     * Deletes a draft, with whatever was prepared for it (call, agenda: the database cascades).
     * A published night is not deleted (409): cancelling it tells the people who RSVPed, and a
     * cancelled night stays visible as cancelled.
     */
    @Transactional
    public MeetupGroup deleteDraft(long id, Viewer viewer) {
        Event event = Event.lockForUpdate(id).orElseThrow(() -> Refusal.notFound(m -> m.no_such_night(id)));
        authorize(event, viewer);
        if (event.status != Event.Status.DRAFT) {
            throw GroupRefusals.conflict(m -> m.draft_published_title(), m -> m.draft_published(event.title));
        }
        MeetupGroup group = event.group;
        pictures.remove(PictureKind.COVER, event.id);
        event.delete();
        return group;
    }

    /** RSVPs and pitches ask this first: a suspended group's nights take neither (409, in plain words). */
    public static void requireActive(Event event) {
        if (event.group.suspended()) {
            throw GroupRefusals.conflict(m -> m.group_suspended_title(), m -> m.group_suspended(event.group.name));
        }
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
                .orElseThrow(() -> Refusal.notFound(m -> m.no_such_night(id)));
        authorize(event, viewer);
        return event;
    }

    /** Everyone holding a place hears (through the RSVPs) when the night is cancelled, or moves in time or place. */
    private void tellHolders(Event event, Event.Status statusBefore, String whereAndWhenBefore) {
        boolean cancelled = statusBefore != Event.Status.CANCELLED && event.status == Event.Status.CANCELLED;
        boolean moved = event.status == Event.Status.PUBLISHED && !whereAndWhen(event).equals(whereAndWhenBefore);
        if (!cancelled && !moved) {
            return;
        }
        changed.fire(cancelled ? new NightChanged(event, NightChanged.Kind.CANCELLED, "")
                : new NightChanged(event, NightChanged.Kind.MOVED, Integer.toHexString(whereAndWhen(event).hashCode())));
    }

    private static String whereAndWhen(Event event) {
        return event.startsAt + "|" + event.endsAt + "|" + event.timeZone + "|" + event.venueName + "|"
                + event.venueAddress + "|" + event.onlineUrl;
    }

    private static void authorize(Event event, Viewer viewer) {
        if (canOrganize(event.group, viewer)) {
            return;
        }
        if (event.status == Event.Status.DRAFT) {
            throw Refusal.notFound(m -> m.no_such_night(event.id));
        }
        throw EventRefusals.forbidden(m -> m.event_organizers_only_see(event.group.name));
    }

    private static void requireOrganizer(MeetupGroup group, Viewer viewer) {
        if (!canOrganize(group, viewer)) {
            throw EventRefusals.forbidden(m -> m.event_organizers_only(group.name));
        }
    }

    /** The group, if the viewer may announce nights in it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public MeetupGroup groupToOrganize(String slug, Viewer viewer) {
        MeetupGroup group = groupBySlug(slug);
        requireOrganizer(group, viewer);
        return group;
    }

    /** A night the viewer may see: any public one, and drafts to the group's organizers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Event> visibleEvent(long id, Viewer viewer) {
        return Event.<Event>find("from Event e join fetch e.group where e.id = ?1", id).firstResultOptional()
                .filter(event -> event.status != Event.Status.DRAFT || organizes(event, viewer));
    }

    /**
     * Whether the night is over: marked completed, or its end time has passed (a cancelled night
     * never took place, so it has not ended either). What "after the night" means for reports.
     */
    public boolean hasEnded(Event event) {
        return event.status == Event.Status.COMPLETED
                || event.status != Event.Status.CANCELLED && !clock.instant().isBefore(event.endsAt);
    }

    /** Whether the viewer runs this night (to show them the organizer's links). */
    public boolean organizes(Event event, Viewer viewer) {
        return viewer.signedIn() && canOrganize(event.group, viewer);
    }

    private static boolean canOrganize(MeetupGroup group, Viewer viewer) {
        return viewer.hasRole(Role.ADMIN) || organizes(group, viewer.username());
    }

    /** "palo-alto-pitch-night", or with "-2", "-3" … when the group already has one. */
    static String freeSlug(MeetupGroup group, String title) {
        String base = Normalizer.normalize(title, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
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
                List.of(GroupMember.GroupRole.OWNER, GroupMember.GroupRole.CO_ORGANIZER)) > 0;
    }

    /** A group's page: the group, a page of its nights to come and of those that took place, its drafts to organizers. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public GroupOverview group(String slug, Viewer viewer) {
        return group(slug, viewer, 1, 1, List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public GroupOverview group(String slug, Viewer viewer, int upcomingPage, int pastPage, List<String> memberNames) {
        MeetupGroup group = groupBySlug(slug);
        Paged<Event> upcoming = search(null, slug, When.UPCOMING, upcomingPage, 10);
        Paged<Event> past = search(null, slug, When.PAST, pastPage, 10);
        long members = GroupMember.count("group", group);
        GroupMember.GroupRole role = viewer.signedIn()
                ? GroupMember.<GroupMember>find("group = ?1 and username = ?2", group, viewer.username())
                        .firstResultOptional().map(member -> member.role).orElse(null)
                : null;
        return new GroupOverview(group, upcoming, past, members, role, drafts(group, viewer), memberNames);
    }

    /** Joins the group as a member; joining twice is the same as once. */
    @Transactional
    public void join(String slug, Viewer viewer) {
        MeetupGroup group = groupBySlug(slug);
        Optional<GroupMember> already = GroupMember.find("group = ?1 and username = ?2", group, viewer.username()).firstResultOptional();
        if (already.isEmpty()) {
            GroupMember member = new GroupMember();
            member.group = group;
            member.username = viewer.username();
            member.role = GroupMember.GroupRole.MEMBER;
            member.email = viewer.email();
            member.persist();
        } else if (viewer.email() != null) {
            already.get().email = viewer.email(); // joining again keeps the address current
        }
    }

    /** Leaves the group; an owner stays (a group always has someone to run it). */
    @Transactional
    public void leave(String slug, Viewer viewer) {
        MeetupGroup group = groupBySlug(slug);
        GroupMember.<GroupMember>find("group = ?1 and username = ?2", group, viewer.username()).firstResultOptional()
                .ifPresent(member -> {
                    if (member.role == GroupMember.GroupRole.OWNER) {
                        throw EventRefusals.conflict(m -> m.event_owners_stay_title(), m -> m.event_owners_stay());
                    }
                    member.delete();
                });
    }

    /** The nights a group's calendar feed carries: every non-draft night from 90 days ago on. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Event> calendarFeed(MeetupGroup group) {
        return Event.list("group = ?1 and status <> ?2 and endsAt > ?3 order by startsAt",
                group, Event.Status.DRAFT, clock.instant().minus(Duration.ofDays(90)));
    }

    /** An owner (or admin) makes someone a co-organizer: they can then announce and run the group's nights. */
    @Transactional
    public void addCoOrganizer(String slug, String username, Viewer viewer) {
        MeetupGroup group = requireOwner(slug, viewer);
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || name.length() > 255) {
            throw Refusal.invalid("username", m -> m.required());
        }
        GroupMember member = GroupMember.<GroupMember>find("group = ?1 and username = ?2", group, name).firstResult();
        if (member == null) {
            member = new GroupMember();
            member.group = group;
            member.username = name;
            member.role = GroupMember.GroupRole.CO_ORGANIZER;
            member.persist();
        } else if (member.role == GroupMember.GroupRole.MEMBER) {
            member.role = GroupMember.GroupRole.CO_ORGANIZER;
        }
    }

    /** An owner (or admin) takes the co-organizer right back; the person stays a member. */
    @Transactional
    public void removeCoOrganizer(String slug, String username, Viewer viewer) {
        MeetupGroup group = requireOwner(slug, viewer);
        GroupMember.<GroupMember>find("group = ?1 and username = ?2 and role = ?3", group, username,
                GroupMember.GroupRole.CO_ORGANIZER).firstResultOptional()
                .ifPresent(member -> member.role = GroupMember.GroupRole.MEMBER);
    }

    /** The group's owners and co-organizers, owners first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<GroupMember> organizers(MeetupGroup group) {
        return GroupMember.list("group = ?1 and role in ?2 order by role, username", group,
                List.of(GroupMember.GroupRole.OWNER, GroupMember.GroupRole.CO_ORGANIZER));
    }

    static MeetupGroup requireOwner(String slug, Viewer viewer) {
        MeetupGroup group = groupBySlug(slug);
        boolean owner = viewer.hasRole(Role.ADMIN) || GroupMember.count("group = ?1 and username = ?2 and role = ?3",
                group, viewer.username(), GroupMember.GroupRole.OWNER) > 0;
        if (!owner) {
            throw EventRefusals.forbidden(m -> m.event_owners_only(group.name));
        }
        return group;
    }

    private static MeetupGroup groupBySlug(String slug) {
        return MeetupGroup.findBySlug(slug).orElseThrow(() -> EventRefusals.notFound(m -> m.no_such_group(slug)));
    }
}

package dev.pitchnight.event;

import dev.pitchnight.account.People;
import dev.pitchnight.account.Role;
import dev.pitchnight.account.Viewer;
import dev.pitchnight.web.Paged;
import dev.pitchnight.web.Refusal;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.zone.ZoneRulesProvider;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Groups as people run them: anyone signed in starts one and owns it, its owners and
 * co-organizers edit it, everyone finds it in the directory, and an admin may suspend it
 * (its nights leave the listings and take no RSVPs or pitches; nothing is deleted).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class GroupService {

    static final Pattern SLUG = Pattern.compile("^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$");
    /** Words that are pages of their own under /groups or could be mistaken for one. */
    static final Set<String> RESERVED = Set.of("new", "admin", "api", "edit", "search", "groups", "group", "events",
            "event", "signin", "logout", "account", "pitchnight", "help", "about", "settings", "www", "static");

    private final Clock clock;
    private final People people;

    GroupService(Clock clock, People people) {
        this.clock = clock;
        this.people = people;
    }

    /** "sv-new-tech" from "SV New Tech!": what the form suggests, the person may change it. */
    public static String suggestSlug(String name) {
        if (name == null) {
            return "";
        }
        String slug = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
    }

    /** A signed-in person starts a group and becomes its owner. No realm role needed. */
    @Transactional
    public MeetupGroup create(GroupInput input, Viewer viewer) {
        if (input != null && input.suspended() != null && !viewer.hasRole(Role.ADMIN)) {
            throw GroupRefusals.forbidden(m -> m.group_admins_suspend());
        }
        return create(input, viewer.username());
    }

    /** A group owned by this person (the demo seed starts its group this way too). */
    @Transactional
    public MeetupGroup create(GroupInput input, String owner) {
        if (input == null) {
            throw Refusal.invalid("body", m -> m.fields_to_change_required());
        }
        MeetupGroup group = new MeetupGroup();
        apply(group, input, true);
        if (MeetupGroup.count("lower(slug) = ?1", group.slug.toLowerCase(Locale.ROOT)) > 0) {
            throw taken(group.slug);
        }
        group.createdBy = owner;
        group.createdAt = clock.instant();
        try {
            group.persist();
            GroupMember member = new GroupMember();
            member.group = group;
            member.username = owner;
            member.role = GroupMember.GroupRole.OWNER;
            member.joinedAt = group.createdAt;
            member.persist();
            MeetupGroup.flush();
        } catch (PersistenceException raced) {
            // Someone took the slug between the check and the insert: the unique key said no.
            throw taken(group.slug);
        }
        return group;
    }

    /** Owners and co-organizers change any subset of the fields; only admins suspend or restore. The slug stays. */
    @Transactional
    public MeetupGroup update(String slug, GroupInput input, Viewer viewer) {
        MeetupGroup group = bySlug(slug);
        boolean admin = viewer.hasRole(Role.ADMIN);
        if (input != null && input.suspended() != null && !admin) {
            throw GroupRefusals.forbidden(m -> m.group_admins_suspend());
        }
        if (!admin && !organizes(group, viewer)) {
            throw EventRefusals.forbidden(m -> m.event_organizers_only(group.name));
        }
        if (input == null) {
            throw Refusal.invalid("body", m -> m.fields_to_change_required());
        }
        if (input.slug() != null && !input.slug().strip().equals(group.slug)) {
            throw GroupRefusals.invalid("slug", m -> m.group_slug_stays());
        }
        apply(group, input, false);
        if (input.suspended() != null) {
            group.suspendedAt = input.suspended() ? (group.suspendedAt == null ? clock.instant() : group.suspendedAt) : null;
        }
        return group;
    }

    /** An admin suspends (true) or restores (false) a group. */
    @Transactional
    public MeetupGroup suspend(String slug, boolean suspended, Viewer viewer) {
        return update(slug, new GroupInput(null, null, null, null, null, null, null, suspended), viewer);
    }

    public MeetupGroup bySlug(String slug) {
        return MeetupGroup.findBySlug(slug).orElseThrow(() -> EventRefusals.notFound(m -> m.no_such_group(slug)));
    }

    /** The group as the API shows it. */
    public GroupView view(MeetupGroup group) {
        return views(List.of(group)).get(0);
    }

    public GroupView view(String slug) {
        return view(bySlug(slug));
    }

    /** The directory: groups not suspended whose name or city holds q (case and accents aside), in this city, by name. */
    public Paged<GroupView> directory(String q, String city, int page, int size) {
        StringBuilder where = new StringBuilder("suspendedAt is null");
        Parameters parameters = new Parameters();
        String like = Paged.likePattern(q);
        if (like != null) {
            // The columns' utf8mb4_unicode_ci collation makes LIKE case- and accent-insensitive on MySQL and MariaDB.
            where.append(" and (name like :q or city like :q or description like :q)");
            parameters = parameters.and("q", like);
        }
        if (city != null && !city.isBlank()) {
            where.append(" and city = :city");
            parameters = parameters.and("city", city.strip());
        }
        long total = MeetupGroup.count(where.toString(), parameters);
        List<MeetupGroup> groups = MeetupGroup.<MeetupGroup>find(where + " order by name, id", parameters)
                .page(page - 1, size).list();
        return new Paged<>(views(groups), total, page, size);
    }

    /** Groups as the API shows them, with member counts, organizers and next nights in a few queries. */
    List<GroupView> views(List<MeetupGroup> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> members = new HashMap<>();
        MeetupGroup.getEntityManager().createQuery(
                        "select m.group.id, count(m) from GroupMember m where m.group in :groups group by m.group.id", Object[].class)
                .setParameter("groups", groups).getResultList()
                .forEach(row -> members.put((Long) row[0], (Long) row[1]));
        List<GroupMember> organizers = GroupMember.list("group in ?1 and role in ?2 order by role, username", groups,
                List.of(GroupMember.GroupRole.OWNER, GroupMember.GroupRole.CO_ORGANIZER));
        Map<String, String> names = people.names(organizers.stream().map(member -> member.username).distinct().toList());
        Map<Long, List<GroupView.Organizer>> byGroup = new HashMap<>();
        organizers.forEach(member -> byGroup.computeIfAbsent(member.group.id, id -> new ArrayList<>())
                .add(new GroupView.Organizer(member.username, names.get(member.username), member.role)));
        Map<Long, Event> next = new HashMap<>();
        Event.<Event>list("group in ?1 and status = ?2 and endsAt > ?3 order by startsAt, id", groups,
                        Event.Status.PUBLISHED, clock.instant())
                .forEach(event -> next.putIfAbsent(event.group.id, event));
        return groups.stream().map(g -> new GroupView(g.slug, g.name, g.description, g.city, g.timeZone, g.website,
                members.getOrDefault(g.id, 0L), byGroup.getOrDefault(g.id, List.of()), g.suspended(), g.membersVisible,
                next.containsKey(g.id) && !g.suspended() ? night(next.get(g.id)) : null)).toList();
    }

    private static GroupView.Night night(Event event) {
        return new GroupView.Night(event.id, event.title, event.localStart().toOffsetDateTime());
    }

    /** One line of the admin page. */
    public record AdminLine(GroupView group, long nights, Instant lastActivity, Instant suspendedAt) {
    }

    /** Every group, suspended ones too, with its organizers, members, nights and last activity; for admins. */
    public List<AdminLine> adminOverview(Viewer viewer) {
        if (!viewer.hasRole(Role.ADMIN)) {
            throw GroupRefusals.forbidden(m -> m.group_admins_only());
        }
        List<MeetupGroup> groups = MeetupGroup.list("order by name, id");
        Map<Long, Object[]> nights = new HashMap<>();
        MeetupGroup.getEntityManager().createQuery(
                        "select e.group.id, count(e), max(e.createdAt) from Event e group by e.group.id", Object[].class)
                .getResultList().forEach(row -> nights.put((Long) row[0], row));
        Map<Long, Instant> joined = new HashMap<>();
        MeetupGroup.getEntityManager().createQuery(
                        "select m.group.id, max(m.joinedAt) from GroupMember m group by m.group.id", Object[].class)
                .getResultList().forEach(row -> joined.put((Long) row[0], (Instant) row[1]));
        List<GroupView> views = views(groups);
        List<AdminLine> lines = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            MeetupGroup group = groups.get(i);
            Object[] row = nights.get(group.id);
            Instant last = latest(latest(group.createdAt, joined.get(group.id)), row == null ? null : (Instant) row[2]);
            lines.add(new AdminLine(views.get(i), row == null ? 0 : (Long) row[1], last, group.suspendedAt));
        }
        return lines;
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    /** The members' names, for the group page: only to members, and only when the owner shows them. */
    public List<String> memberNames(MeetupGroup group, Viewer viewer) {
        boolean member = viewer.signedIn() && GroupMember.count("group = ?1 and username = ?2", group, viewer.username()) > 0;
        if (!group.membersVisible || !(member || viewer.hasRole(Role.ADMIN))) {
            return List.of();
        }
        List<String> usernames = GroupMember.<GroupMember>list("group = ?1 order by joinedAt, id", group).stream()
                .map(membership -> membership.username).toList();
        Map<String, String> names = people.names(usernames);
        return usernames.stream().map(names::get).toList();
    }

    private static boolean organizes(MeetupGroup group, Viewer viewer) {
        return viewer.signedIn() && GroupMember.count("group = ?1 and username = ?2 and role in ?3", group, viewer.username(),
                List.of(GroupMember.GroupRole.OWNER, GroupMember.GroupRole.CO_ORGANIZER)) > 0;
    }

    private static Refusal taken(String slug) {
        return GroupRefusals.conflict(m -> m.group_slug_taken_title(), m -> m.group_slug_taken(slug));
    }

    /** Checks every field at once and applies them only when all are well. */
    private static void apply(MeetupGroup group, GroupInput in, boolean creating) {
        Map<String, Refusal.Text> errors = new LinkedHashMap<>();
        String slug = group.slug;
        if (creating) {
            slug = in.slug() == null ? "" : in.slug().strip();
            if (slug.isEmpty()) {
                errors.put("slug", (Refusal.Words) m -> m.required());
            } else if (RESERVED.contains(slug.toLowerCase(Locale.ROOT))) {
                errors.put("slug", (GroupRefusals.Words) m -> m.group_slug_reserved());
            } else if (!SLUG.matcher(slug).matches()) {
                errors.put("slug", (GroupRefusals.Words) m -> m.group_slug_malformed());
            }
        }
        String name = text(errors, "name", in.name(), group.name, 200, creating);
        String description = text(errors, "description", in.description(), group.description, 20_000, false);
        String city = text(errors, "city", in.city(), group.city, 120, false);
        String zone = in.timeZone() == null ? group.timeZone : in.timeZone().strip();
        if (in.timeZone() != null || creating) {
            if (zone == null || zone.isEmpty()) {
                errors.put("timeZone", (EventRefusals.Words) m -> m.event_zone_required());
            } else if (zone.contains("~") || !ZoneRulesProvider.getAvailableZoneIds().contains(zone)) {
                errors.put("timeZone", (EventRefusals.Words) m -> m.event_zone_unknown());
            }
        }
        String website = in.website() == null ? group.website : in.website().strip();
        if (website != null && !website.isEmpty()) {
            if (website.length() > 500) {
                errors.put("website", (Refusal.Words) m -> m.at_most_characters(500));
            } else if (!webAddress(website)) {
                errors.put("website", (EventRefusals.Words) m -> m.event_web_address());
            }
        } else {
            website = null;
        }
        if (!errors.isEmpty()) {
            throw GroupRefusals.invalid(errors);
        }
        group.slug = slug;
        group.name = name;
        group.description = description;
        group.city = city;
        group.timeZone = zone;
        group.website = website;
        if (in.membersVisible() != null) {
            group.membersVisible = in.membersVisible();
        }
    }

    private static boolean webAddress(String value) {
        try {
            URI uri = URI.create(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String text(Map<String, Refusal.Text> errors, String field, String given, String current, int max,
                               boolean required) {
        String value = given != null ? given.strip() : current;
        if (value == null || value.isEmpty()) {
            if (required || given != null && field.equals("name")) {
                errors.put(field, (Refusal.Words) m -> m.required());
            }
            return null;
        }
        if (value.length() > max) {
            errors.put(field, (Refusal.Words) m -> m.at_most_characters(max));
        }
        return value;
    }
}

package dev.pitchnight.event;

import dev.pitchnight.account.Viewer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the groups and nights hold about one person, for their data export and their erasure:
 * memberships and roles, and the user name written as the creator of groups and nights.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EventPersonalData {

    /** A membership as the export shows it, with the address new-night mails go to (null if they joined before Pitchnight kept one). */
    public record Membership(String group, String groupName, GroupMember.GroupRole role, Instant joinedAt, String email) {
    }

    /** A night as other features' exports name it. */
    public record NightRef(long id, String title, String group, Instant startsAt, Instant endsAt) {
    }

    private final EntityManager em;

    EventPersonalData(EntityManager em) {
        this.em = em;
    }

    public List<Membership> memberships(String username) {
        return GroupMember.<GroupMember>list("from GroupMember m join fetch m.group where m.username = ?1 order by m.joinedAt",
                        username).stream()
                .map(member -> new Membership(member.group.slug, member.group.name, member.role, member.joinedAt, member.email)).toList();
    }

    /** Groups the person alone owns that still have nights to come (drafts included): they must hand them over first. */
    public List<String> soleOwnerWithUpcomingNights(String username, Instant now) {
        @SuppressWarnings("unchecked")
        List<String> names = em.createNativeQuery("""
                        SELECT g.name FROM meetup_groups g
                        JOIN group_members mine ON mine.group_id = g.id AND mine.username = ?1 AND mine.role = 'OWNER'
                        WHERE NOT EXISTS (SELECT 1 FROM group_members o WHERE o.group_id = g.id AND o.role = 'OWNER'
                                            AND o.username <> ?1)
                          AND EXISTS (SELECT 1 FROM events e WHERE e.group_id = g.id AND e.ends_at > ?2
                                        AND e.status IN ('DRAFT', 'PUBLISHED'))
                        ORDER BY g.name""")
                .setParameter(1, username).setParameter(2, now).getResultList();
        return names;
    }

    /** Ends the person's memberships and puts a pseudonym where they are named as a creator. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(String username, String pseudonym) {
        em.createNativeQuery("DELETE FROM group_members WHERE username = ?1").setParameter(1, username).executeUpdate();
        em.createNativeQuery("UPDATE meetup_groups SET created_by = ?2 WHERE created_by = ?1")
                .setParameter(1, username).setParameter(2, pseudonym).executeUpdate();
        em.createNativeQuery("UPDATE events SET created_by = ?2 WHERE created_by = ?1")
                .setParameter(1, username).setParameter(2, pseudonym).executeUpdate();
    }

    /** Nights (not drafts) that ended before this moment, oldest first: those the retention period has passed. */
    @SuppressWarnings("unchecked")
    public List<Long> nightsEndedBefore(Instant before, int limit) {
        return ((List<Number>) em.createNativeQuery("""
                        SELECT id FROM events WHERE ends_at < ?1 AND status <> 'DRAFT' ORDER BY ends_at, id""")
                .setParameter(1, before).setMaxResults(limit).getResultList()).stream().map(Number::longValue).toList();
    }

    /** Nights by id, for the other features' exports. */
    public Map<Long, NightRef> nights(Collection<Long> ids) {
        Map<Long, NightRef> nights = new HashMap<>();
        if (ids.isEmpty()) {
            return nights;
        }
        Event.<Event>list("from Event e join fetch e.group where e.id in ?1", ids).forEach(e ->
                nights.put(e.id, new NightRef(e.id, e.title, e.group.slug, e.startsAt, e.endsAt)));
        return nights;
    }

    /** User names of the owners and co-organizers of the night's group. */
    public List<String> organizersOf(long eventId) {
        Event event = Event.findById(eventId);
        if (event == null) {
            return List.of();
        }
        return GroupMember.<GroupMember>list("group = ?1 and role in ?2", event.group,
                List.of(GroupMember.GroupRole.OWNER, GroupMember.GroupRole.CO_ORGANIZER)).stream().map(member -> member.username).toList();
    }

    /** The group a night belongs to (the access record's key). */
    public long groupOf(long eventId) {
        Event event = Event.findById(eventId);
        return event == null ? 0 : event.group.id;
    }

    /** The group, if the viewer owns it (or is an admin): who may read the group's records. */
    public MeetupGroup ownedGroup(String slug, Viewer viewer) {
        return EventService.requireOwner(slug, viewer);
    }
}

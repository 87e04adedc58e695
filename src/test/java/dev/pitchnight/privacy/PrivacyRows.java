package dev.pitchnight.privacy;

import dev.pitchnight.event.Event;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Rows the privacy tests need that no route writes any more (nights in the past), and a search of every text column. */
@ApplicationScoped
public class PrivacyRows {

    private final EntityManager em;

    PrivacyRows(EntityManager em) {
        this.em = em;
    }

    /** Moves a night so that it ended {@code ago} ago. */
    @Transactional
    public void endedAgo(long eventId, Duration ago) {
        Instant end = Instant.now().minus(ago);
        em.createNativeQuery("UPDATE events SET starts_at = ?2, ends_at = ?3, rsvp_closes_at = NULL WHERE id = ?1")
                .setParameter(1, eventId).setParameter(2, end.minus(Duration.ofHours(3))).setParameter(3, end).executeUpdate();
    }

    @Transactional
    public void checkIn(long eventId, String username) {
        em.createNativeQuery("""
                        INSERT INTO checkins (event_id, rsvp_id, username, guests, checked_in_at, checked_in_by)
                        SELECT event_id, id, username, guests, ?3, 'olivia' FROM rsvps WHERE event_id = ?1 AND username = ?2""")
                .setParameter(1, eventId).setParameter(2, username).setParameter(3, Instant.now()).executeUpdate();
    }

    /** A visible, signed question with its change in the live log (as the stream wrote it). */
    @Transactional
    public long question(long eventId, String asker, String askerName, String text) {
        em.createNativeQuery("INSERT INTO agenda_items (event_id, position, kind, title, minutes, created_at) VALUES (?1, 1, 'OTHER', 'Q&A', 10, ?2)")
                .setParameter(1, eventId).setParameter(2, Instant.now()).executeUpdate();
        long item = ((Number) em.createNativeQuery("SELECT MAX(id) FROM agenda_items").getSingleResult()).longValue();
        em.createNativeQuery("""
                        INSERT INTO questions (event_id, item_id, asker, asker_name, anonymous, text, status, votes, created_at)
                        VALUES (?1, ?2, ?3, ?4, FALSE, ?5, 'VISIBLE', 1, ?6)""")
                .setParameter(1, eventId).setParameter(2, item).setParameter(3, asker).setParameter(4, askerName)
                .setParameter(5, text).setParameter(6, Instant.now()).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT MAX(id) FROM questions").getSingleResult()).longValue();
        em.createNativeQuery("INSERT INTO question_votes (question_id, username, created_at) VALUES (?1, ?2, ?3)")
                .setParameter(1, id).setParameter(2, asker).setParameter(3, Instant.now()).executeUpdate();
        em.createNativeQuery("INSERT INTO live_changes (event_id, kind, payload, created_at) VALUES (?1, 'question', ?2, ?3)")
                .setParameter(1, eventId).setParameter(2, "{\"id\":" + id + ",\"text\":\"" + text + "\",\"author\":\"" + askerName + "\"}")
                .setParameter(3, Instant.now()).executeUpdate();
        return id;
    }

    @Transactional
    public void card(long eventId, String username, String name, String email) {
        em.createNativeQuery("""
                        INSERT INTO network_cards (event_id, username, name, role, company, link, email, looking_for, created_at, updated_at)
                        VALUES (?1, ?2, ?3, 'CEO', 'Acme', 'https://example.com/me', ?4, '', ?5, ?5)""")
                .setParameter(1, eventId).setParameter(2, username).setParameter(3, name).setParameter(4, email)
                .setParameter(5, Instant.now()).executeUpdate();
    }

    /** A message the person sent to a night's people as its organizer. */
    @Transactional
    public void message(long eventId, String sentBy) {
        em.createNativeQuery("""
                        INSERT INTO night_messages (event_id, audience, subject, body, sent_by, sent_at, recipients)
                        VALUES (?1, 'ALL', 'Doors open at six', 'Bring your badge.', ?2, ?3, 2)""")
                .setParameter(1, eventId).setParameter(2, sentBy).setParameter(3, Instant.now()).executeUpdate();
    }

    /** The address a member's sign-in carried when they joined (new-night mails go there). */
    @Transactional
    public void memberAddress(long groupId, String username, String email) {
        em.createNativeQuery("UPDATE group_members SET email = ?3 WHERE group_id = ?1 AND username = ?2")
                .setParameter(1, groupId).setParameter(2, username).setParameter(3, email).executeUpdate();
    }

    @Transactional
    public void connection(long eventId, String first, String second) {
        em.createNativeQuery("""
                        INSERT INTO network_connections (event_id, first_user, second_user, initiated_by, created_at)
                        VALUES (?1, ?2, ?3, ?2, ?4)""")
                .setParameter(1, eventId).setParameter(2, first).setParameter(3, second).setParameter(4, Instant.now())
                .executeUpdate();
    }

    @Transactional
    public long pitch(long eventId, String founder, String founderName, String company, String email, String status) {
        em.createNativeQuery("""
                        INSERT INTO pitches (event_id, founder, founder_name, company, one_liner, problem, stage, team,
                                             contact_email, status, created_at, updated_at)
                        VALUES (?1, ?2, ?3, ?4, 'Robots that fold laundry', 'Laundry', 'PROTOTYPE', ?3, ?5, ?6, ?7, ?7)""")
                .setParameter(1, eventId).setParameter(2, founder).setParameter(3, founderName).setParameter(4, company)
                .setParameter(5, email).setParameter(6, status).setParameter(7, Instant.now()).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT MAX(id) FROM pitches").getSingleResult()).longValue();
    }

    @Transactional
    public long count(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    @Transactional
    public String text(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        Object value = query.getSingleResult();
        return value == null ? null : value.toString();
    }

    /** Every "table.column" of the schema whose text contains one of these words (case-insensitive). */
    @Transactional
    public List<String> tablesMentioning(String... words) {
        @SuppressWarnings("unchecked")
        List<Object[]> columns = em.createNativeQuery("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE table_schema = DATABASE() AND table_name <> 'flyway_schema_history'
                          AND data_type IN ('varchar', 'char', 'text', 'mediumtext', 'longtext', 'tinytext')""")
                .getResultList();
        List<String> hits = new ArrayList<>();
        for (Object[] column : columns) {
            for (String word : words) {
                long found = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM `" + column[0] + "` WHERE LOWER(`" + column[1]
                        + "`) LIKE ?1").setParameter(1, "%" + word.toLowerCase() + "%").getSingleResult()).longValue();
                if (found > 0) {
                    hits.add(column[0] + "." + column[1] + " ∋ " + word);
                }
            }
        }
        return hits;
    }

    @Transactional
    public Event event(long id) {
        return Event.findById(id);
    }
}

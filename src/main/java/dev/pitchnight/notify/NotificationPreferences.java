package dev.pitchnight.notify;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Which optional mails people get ({@link MailTopic}): the preferences page, the one-click
 * unsubscribe, and the outbox (which drops a mail of a topic its recipient turned off) all go
 * through here. {@link #of} is the public read, for pages and for the privacy export.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class NotificationPreferences {

    /** A person's choices; {@link #ALL} for anyone who never chose. */
    public record Choices(boolean newNights, boolean reminders, boolean organizerMessages) {

        public static final Choices ALL = new Choices(true, true, true);

        public boolean wants(MailTopic topic) {
            return switch (topic) {
                case NEW_NIGHTS -> newNights;
                case REMINDERS -> reminders;
                case ORGANIZER_MESSAGES -> organizerMessages;
            };
        }

        /** These choices with one topic turned off, or all of them ({@code null}). */
        public Choices without(MailTopic topic) {
            if (topic == null) {
                return new Choices(false, false, false);
            }
            return new Choices(newNights && topic != MailTopic.NEW_NIGHTS, reminders && topic != MailTopic.REMINDERS,
                    organizerMessages && topic != MailTopic.ORGANIZER_MESSAGES);
        }
    }

    private final Clock clock;

    NotificationPreferences(Clock clock) {
        this.clock = clock;
    }

    /** What this person chose (every kind when they never did). */
    public Choices of(String username) {
        NotificationPreference row = username == null ? null : NotificationPreference.findById(username);
        return row == null ? Choices.ALL : new Choices(row.newNights, row.reminders, row.organizerMessages);
    }

    /** Whether this person gets mails of this topic. */
    public boolean wants(String username, MailTopic topic) {
        return of(username).wants(topic);
    }

    /** Of these people, those who turned this topic off: one query for a whole list of recipients. */
    public Set<String> declining(MailTopic topic, Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return Set.of();
        }
        String column = switch (topic) {
            case NEW_NIGHTS -> "newNights";
            case REMINDERS -> "reminders";
            case ORGANIZER_MESSAGES -> "organizerMessages";
        };
        return new HashSet<>(NotificationPreference.getEntityManager()
                .createQuery("select p.username from NotificationPreference p where p.username in ?1 and p." + column + " = false",
                        String.class)
                .setParameter(1, usernames).getResultList());
    }

    /** Saves this person's choices (the preferences page, the API); an upsert, safe when two requests race. */
    @Transactional
    public Choices choose(String username, Choices choices) {
        NotificationPreference.getEntityManager().createNativeQuery("""
                        INSERT INTO notification_preferences (username, new_nights, reminders, organizer_messages, updated_at)
                        VALUES (?1, ?2, ?3, ?4, ?5)
                        ON DUPLICATE KEY UPDATE new_nights = VALUES(new_nights), reminders = VALUES(reminders),
                        organizer_messages = VALUES(organizer_messages), updated_at = VALUES(updated_at)""")
                .setParameter(1, username).setParameter(2, choices.newNights()).setParameter(3, choices.reminders())
                .setParameter(4, choices.organizerMessages()).setParameter(5, clock.instant())
                .executeUpdate();
        NotificationPreference cached = NotificationPreference.getEntityManager().find(NotificationPreference.class, username);
        if (cached != null) {
            NotificationPreference.getEntityManager().refresh(cached);
        }
        return choices;
    }

    /** One click in a mail: turns off one topic, or every optional mail ({@code topic} null). Repeating it changes nothing. */
    @Transactional
    public Choices unsubscribe(String username, MailTopic topic) {
        return choose(username, of(username).without(topic));
    }

    /** Forgets this person's choices (their account is being erased). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(String username) {
        NotificationPreference.delete("username", username);
    }
}

package dev.pitchnight.notify;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A mail waiting in (or sent from) the transactional outbox. */
@Entity
@Table(name = "outbox_mails")
public class OutboxMail extends PanacheEntityBase {

    /**
     * What a mail reports. A kind with a {@link MailTopic} goes only to people who want that topic;
     * an <em>answer</em> replies to the reader's own action (their RSVP, their pitch) and carries no
     * unsubscribe link; every other mail carries one (List-Unsubscribe, RFC 8058), which turns off
     * its topic, or, for mails that always go (a freed seat, an offer, a cancelled night, a
     * decision), every optional mail.
     */
    public enum Kind {
        RSVP_CONFIRMED(null, true), RSVP_WAITLISTED(null, true), RSVP_PROMOTED(null, false), RSVP_OFFERED(null, false),
        EVENT_CHANGED(null, false), EVENT_CANCELLED(null, false),
        PITCH_RECEIVED(null, true), PITCH_ACCEPTED(null, false), PITCH_RESERVE(null, false), PITCH_REJECTED(null, false),
        /** 24 hours before the night, to everyone with a seat. */
        REMINDER_NIGHT(MailTopic.REMINDERS, false),
        /** Before a held seat's deadline, to the person it is held for. */
        REMINDER_OFFER(MailTopic.REMINDERS, false),
        /** After the night, to each accepted startup: its report is ready (once per pitch). */
        PITCH_REPORT(null, false),
        /** An organizer's message to the people coming (once per message and person). */
        NIGHT_MESSAGE(MailTopic.ORGANIZER_MESSAGES, false),
        /** A night was published: to the group's members (once per night and member). */
        NEW_NIGHT(MailTopic.NEW_NIGHTS, false),
        /** To a night's organizers: a founder erased their account, so their pitch was withdrawn. */
        PITCH_WITHDRAWN(null, false);

        private final MailTopic topic;
        private final boolean answer;

        Kind(MailTopic topic, boolean answer) {
            this.topic = topic;
            this.answer = answer;
        }

        /** The topic a person may turn off, or null for mails that always go. */
        public MailTopic topic() {
            return topic;
        }

        /** Whether the mail answers the reader's own action (no unsubscribe link then). */
        public boolean answer() {
            return answer;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    public Kind kind;

    @Column(name = "dedup_key", nullable = false, length = 200)
    public String dedupKey;

    @Column(nullable = false, length = 320)
    public String recipient;

    @Column(nullable = false, length = 300)
    public String subject;

    @Column(nullable = false, columnDefinition = "TEXT")
    public String body;

    /**
     * The HTML part as rendered when queued, by versions that rendered it then; null for mails
     * queued since: {@link MailSender} renders it from the text, {@link #lang} and {@link #markdown}.
     */
    @Column(columnDefinition = "MEDIUMTEXT")
    public String html;

    /** The reader's language (a BCP 47 tag) for the HTML part rendered at sending; null for older mails. */
    @Column(length = 35)
    public String lang;

    /** An organizer's message as Markdown: the HTML part renders it (sanitized) where the text has it verbatim. */
    @Column(columnDefinition = "MEDIUMTEXT")
    public String markdown;

    /** The night as iCalendar, attached to confirmations and promotions. */
    @Column(columnDefinition = "MEDIUMTEXT")
    public String calendar;

    /** The one-click unsubscribe address (List-Unsubscribe), for mails that are not answers. */
    @Column(name = "unsubscribe_url", length = 1000)
    public String unsubscribeUrl;

    @Column(name = "event_id")
    public Long eventId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "claimed_by", length = 64)
    public String claimedBy;

    @Column(name = "claimed_until")
    public Instant claimedUntil;

    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(name = "last_error", length = 1000)
    public String lastError;
}

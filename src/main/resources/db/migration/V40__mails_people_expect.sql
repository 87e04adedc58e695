-- Issue 14, mails people expect. Each outbox mail keeps, beside its plain text, the HTML part
-- (rendered in the recipient's language when queued), the night as an iCalendar attachment for
-- confirmations and promotions, and its one-click unsubscribe address (List-Unsubscribe,
-- RFC 8058) when the mail is not a direct answer to the reader's own action.
-- SQL here must run on MySQL 8.4 and MariaDB 10.11 alike (see docs/ARCHITECTURE.md).

ALTER TABLE outbox_mails
    ADD COLUMN html            MEDIUMTEXT    NULL,
    ADD COLUMN calendar        MEDIUMTEXT    NULL,
    ADD COLUMN unsubscribe_url VARCHAR(1000) NULL;

-- Which optional mails a person gets (notify/NotificationPreferences). No row means every kind:
-- the default. Confirmations, waitlist changes and offers always go and have no column.
CREATE TABLE notification_preferences (
    username           VARCHAR(255) NOT NULL,
    new_nights         BOOLEAN      NOT NULL,
    reminders          BOOLEAN      NOT NULL,
    organizer_messages BOOLEAN      NOT NULL,
    updated_at         DATETIME(6)  NOT NULL,
    PRIMARY KEY (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Where a group's members hear of its new nights: the address their sign-in carried when they
-- joined (or last came back to the group's page and joined again), like rsvps.email.
ALTER TABLE group_members ADD COLUMN email VARCHAR(320) NULL;

-- Issue 14, messages to attendees (message/NightMessages): what an organizer wrote to the people
-- coming, to whom, and to how many. The mails themselves are outbox rows, one per recipient,
-- queued in the same transaction. The index answers "how many in the last hour" (at most 3).
-- SQL here must run on MySQL 8.4 and MariaDB 10.11 alike (see docs/ARCHITECTURE.md).

CREATE TABLE night_messages (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    event_id   BIGINT       NOT NULL,
    audience   VARCHAR(16)  NOT NULL,
    subject    VARCHAR(200) NOT NULL,
    body       TEXT         NOT NULL,
    sent_by    VARCHAR(255) NOT NULL,
    sent_at    DATETIME(6)  NOT NULL,
    recipients INT          NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_night_messages_audience CHECK (audience IN ('CONFIRMED', 'WAITLISTED', 'ALL')),
    CONSTRAINT ck_night_messages_recipients CHECK (recipients >= 0),
    CONSTRAINT fk_night_messages_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_night_messages_sent ON night_messages (event_id, sent_at);

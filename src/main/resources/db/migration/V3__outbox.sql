-- The transactional outbox: a mail is a row written in the same transaction as the change that
-- causes it, so a committed change always has its mail and a rolled-back one never does. Workers
-- on any instance claim due rows with one conditional UPDATE (a lease), send, and mark them sent.

ALTER TABLE rsvps ADD COLUMN email VARCHAR(320) NULL;

CREATE TABLE outbox_mails (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    kind            VARCHAR(32)   NOT NULL,
    -- Makes enqueueing idempotent: the same happening never queues two mails.
    dedup_key       VARCHAR(200)  NOT NULL,
    recipient       VARCHAR(320)  NOT NULL,
    subject         VARCHAR(300)  NOT NULL,
    body            TEXT          NOT NULL,
    event_id        BIGINT        NULL,
    created_at      DATETIME(6)   NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    claimed_by      VARCHAR(64)   NULL,
    claimed_until   DATETIME(6)   NULL,
    sent_at         DATETIME(6)   NULL,
    last_error      VARCHAR(1000) NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_outbox_dedup UNIQUE (dedup_key)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The worker's question: what is due and not sent?
CREATE INDEX ix_outbox_due ON outbox_mails (sent_at, next_attempt_at);

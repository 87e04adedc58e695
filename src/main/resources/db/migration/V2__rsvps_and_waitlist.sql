-- RSVPs and the waitlist. Every change to an event's RSVPs happens in a transaction that first
-- locks the event's row (SELECT ... FOR UPDATE), so the counters below always match the rows,
-- and the CHECK makes the database itself refuse an oversold night.

ALTER TABLE events
    ADD COLUMN confirmed_seats INT    NOT NULL DEFAULT 0,
    ADD COLUMN offered_seats   INT    NOT NULL DEFAULT 0,
    ADD COLUMN waitlist_length INT    NOT NULL DEFAULT 0,
    ADD COLUMN queue_seq       BIGINT NOT NULL DEFAULT 0;

ALTER TABLE events
    ADD CONSTRAINT ck_events_never_oversold CHECK (confirmed_seats >= 0 AND offered_seats >= 0
        AND confirmed_seats + offered_seats <= capacity AND waitlist_length >= 0);

CREATE TABLE rsvps (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    event_id         BIGINT       NOT NULL,
    username         VARCHAR(255) NOT NULL,
    guests           INT          NOT NULL,
    seats            INT          NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    -- Arrival order within the event: the server's order of acceptance. A new RSVP after a
    -- cancellation takes a new number, at the back of the queue.
    queue_no         BIGINT       NOT NULL,
    offer_expires_at DATETIME(6)  NULL,
    confirmed_at     DATETIME(6)  NULL,
    promoted_at      DATETIME(6)  NULL,
    created_at       DATETIME(6)  NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    -- One place per person and event, whatever the concurrency.
    CONSTRAINT uq_rsvps_person UNIQUE (event_id, username),
    CONSTRAINT uq_rsvps_queue UNIQUE (event_id, queue_no),
    CONSTRAINT fk_rsvps_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE,
    CONSTRAINT ck_rsvps_seats CHECK (guests >= 0 AND seats = guests + 1),
    CONSTRAINT ck_rsvps_status CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'OFFERED', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Waitlist head, positions and the organizer's lists: by status in queue order.
CREATE INDEX ix_rsvps_queue ON rsvps (event_id, status, queue_no);
-- "My RSVPs" across events.
CREATE INDEX ix_rsvps_username ON rsvps (username);

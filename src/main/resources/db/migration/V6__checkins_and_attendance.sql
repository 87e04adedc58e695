-- Check-in at the door and the attendance that follows from it.
-- A ticket is not stored: its token is an HMAC of the RSVP's id (checkin/TicketTokens), so
-- the rsvps table is unchanged. One check-in row per RSVP, whatever the retries.

CREATE TABLE checkins (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    event_id      BIGINT       NOT NULL,
    rsvp_id       BIGINT       NOT NULL,
    username      VARCHAR(255) NOT NULL,
    guests        INT          NOT NULL,
    checked_in_at DATETIME(6)  NOT NULL,
    checked_in_by VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    -- A second scan, a replayed offline queue or two door phones at once: still one row.
    CONSTRAINT uq_checkins_rsvp UNIQUE (rsvp_id),
    CONSTRAINT fk_checkins_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE,
    CONSTRAINT fk_checkins_rsvp FOREIGN KEY (rsvp_id) REFERENCES rsvps (id) ON DELETE CASCADE,
    CONSTRAINT ck_checkins_guests CHECK (guests >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Door counts and the attendance page: a night's check-ins.
CREATE INDEX ix_checkins_event ON checkins (event_id, checked_in_at);

-- A group's optional rule: members whose last N nights were no-shows RSVP to the waitlist
-- first. No row (or a NULL limit) means the rule is off, which is the default.
CREATE TABLE attendance_rules (
    group_id      BIGINT      NOT NULL,
    no_show_limit INT         NULL,
    updated_at    DATETIME(6) NOT NULL,
    updated_by    VARCHAR(255) NOT NULL,
    PRIMARY KEY (group_id),
    CONSTRAINT fk_attendance_rules_group FOREIGN KEY (group_id) REFERENCES meetup_groups (id) ON DELETE CASCADE,
    CONSTRAINT ck_attendance_rules_limit CHECK (no_show_limit IS NULL OR no_show_limit BETWEEN 1 AND 20)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

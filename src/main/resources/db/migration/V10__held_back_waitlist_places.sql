-- The group's no-show rule (attendance_rules, V6) in action: a member whose latest nights in the
-- group were all no-shows joins the waitlist even when seats are free, and is held there until
-- held_until (24 h before the night) or until an organizer lets them in. A held place keeps its
-- arrival number (queue_no) but is skipped when seats are handed out; NULL means not held.
ALTER TABLE rsvps ADD COLUMN held_until DATETIME(6) NULL;

-- The release job looks for places whose hold has run out.
CREATE INDEX ix_rsvps_held_until ON rsvps (held_until);

-- The live night: one row per night with the stage clock, and the change log every app instance
-- tails to push live updates to its open pages (server-sent events).
-- The clock is stored as facts, never as a ticking number: when the current phase started, how long
-- it has been paused, how much was added. Any instance computes the same remaining time from them.
-- Changed only under the night's row lock (SELECT ... FOR UPDATE on events).

CREATE TABLE live_nights (
    event_id         BIGINT      NOT NULL,
    -- The stage view's unguessable link (/stage/{stage_key}): 32 random bytes, base64url.
    stage_key        VARCHAR(64) NOT NULL,
    -- The agenda item on stage (or next up, in phase BETWEEN); NULL before the night starts.
    item_id          BIGINT      NULL,
    -- WAITING (not started), PITCH, QA, ITEM (a non-pitch item), BETWEEN (next item not started), ENDED.
    phase            VARCHAR(8)  NOT NULL,
    phase_started_at DATETIME(6) NULL,
    -- Set while paused; the pause's length is added to paused_millis on resume.
    paused_at        DATETIME(6) NULL,
    paused_millis    BIGINT      NOT NULL DEFAULT 0,
    extension_millis BIGINT      NOT NULL DEFAULT 0,
    -- PRE: questions wait for a moderator's approval; POST: shown at once, moderators may hide.
    moderation       VARCHAR(4)  NOT NULL DEFAULT 'POST',
    -- The audience award: NONE (never opened), OPEN, CLOSED, REVEALED.
    award            VARCHAR(8)  NOT NULL DEFAULT 'NONE',
    updated_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (event_id),
    CONSTRAINT uq_live_nights_stage_key UNIQUE (stage_key),
    CONSTRAINT fk_live_nights_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE,
    CONSTRAINT ck_live_nights_phase CHECK (phase IN ('WAITING', 'PITCH', 'QA', 'ITEM', 'BETWEEN', 'ENDED')),
    CONSTRAINT ck_live_nights_moderation CHECK (moderation IN ('PRE', 'POST')),
    CONSTRAINT ck_live_nights_award CHECK (award IN ('NONE', 'OPEN', 'CLOSED', 'REVEALED')),
    CONSTRAINT ck_live_nights_millis CHECK (paused_millis >= 0 AND extension_millis >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every live change, appended in the transaction that makes it. Instances tail it by id and fan
-- the rows out to their subscribers; the id is the server-sent event's id, so a reconnecting page
-- (Last-Event-ID) resumes from this table. The payload is what the public may see, nothing more.
CREATE TABLE live_changes (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    event_id   BIGINT        NOT NULL,
    kind       VARCHAR(16)   NOT NULL,
    payload    VARCHAR(4000) NOT NULL,
    created_at DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_live_changes_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_live_changes_event ON live_changes (event_id, id);
CREATE INDEX ix_live_changes_created ON live_changes (created_at);

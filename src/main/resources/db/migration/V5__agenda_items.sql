-- The run of show: a night's agenda items in order. Start times are not stored: they are
-- computed from the night's start by adding up the items before, so reordering recomputes them.
-- Changes to one night's agenda run under the night's row lock (SELECT ... FOR UPDATE on events).
-- The live night (stage timer, Q&A per slot) refers to these rows by id: ids are stable.

CREATE TABLE agenda_items (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    event_id   BIGINT       NOT NULL,
    position   INT          NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    title      VARCHAR(200) NULL,
    -- The item's length; for a PITCH slot the pitch itself, with its Q&A in qa_minutes.
    minutes    INT          NOT NULL,
    qa_minutes INT          NOT NULL DEFAULT 0,
    -- The accepted pitch a PITCH slot holds; one slot per pitch (NULLs do not collide).
    pitch_id   BIGINT       NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_agenda_items_pitch UNIQUE (pitch_id),
    CONSTRAINT fk_agenda_items_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE,
    CONSTRAINT fk_agenda_items_pitch FOREIGN KEY (pitch_id) REFERENCES pitches (id) ON DELETE CASCADE,
    CONSTRAINT ck_agenda_items_kind CHECK (kind IN ('DOORS', 'INTRO', 'PITCH', 'BREAK', 'NETWORKING', 'OTHER')),
    CONSTRAINT ck_agenda_items_minutes CHECK (minutes BETWEEN 0 AND 1440 AND qa_minutes BETWEEN 0 AND 240)
    -- "a PITCH item holds a pitch, others none" is kept by the service: MySQL forbids CHECKs on
    -- a column that a foreign key's ON DELETE action changes.
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_agenda_items_order ON agenda_items (event_id, position);

-- Calls for pitches, founders' pitches with their decks, invited reviewers and their scores.
-- Every table hangs off its night (ON DELETE CASCADE), so removing a night removes its pitches.
-- SQL here must run on MySQL 8.4 and MariaDB 10.11 alike (see docs/ARCHITECTURE.md).

-- One call per night: when founders may submit, what the organizer asks for, and the rubric's weights.
CREATE TABLE pitch_calls (
    event_id         BIGINT      NOT NULL,
    opens_at         DATETIME(6) NOT NULL,
    closes_at        DATETIME(6) NOT NULL,
    brief            TEXT        NULL,
    slots_wanted     INT         NOT NULL DEFAULT 4,
    blind            BOOLEAN     NOT NULL DEFAULT TRUE,
    weight_team      INT         NOT NULL DEFAULT 1,
    weight_problem   INT         NOT NULL DEFAULT 1,
    weight_traction  INT         NOT NULL DEFAULT 1,
    weight_fit       INT         NOT NULL DEFAULT 1,
    updated_at       DATETIME(6) NOT NULL,
    PRIMARY KEY (event_id),
    CONSTRAINT fk_pitch_calls_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE,
    CONSTRAINT ck_pitch_calls_times CHECK (closes_at > opens_at),
    CONSTRAINT ck_pitch_calls_slots CHECK (slots_wanted BETWEEN 1 AND 50),
    CONSTRAINT ck_pitch_calls_weights CHECK (weight_team BETWEEN 0 AND 10 AND weight_problem BETWEEN 0 AND 10
        AND weight_traction BETWEEN 0 AND 10 AND weight_fit BETWEEN 0 AND 10
        AND weight_team + weight_problem + weight_traction + weight_fit > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE pitches (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    event_id       BIGINT        NOT NULL,
    founder        VARCHAR(255)  NOT NULL,
    founder_name   VARCHAR(255)  NULL,
    company        VARCHAR(120)  NOT NULL,
    one_liner      VARCHAR(200)  NOT NULL,
    problem        TEXT          NOT NULL,
    stage          VARCHAR(16)   NOT NULL,
    website        VARCHAR(500)  NULL,
    deck_url       VARCHAR(500)  NULL,
    -- Team members, one per line.
    team           TEXT          NULL,
    contact_email  VARCHAR(320)  NOT NULL,
    status         VARCHAR(16)   NOT NULL DEFAULT 'SUBMITTED',
    -- Counts decisions, so that each new decision queues its own mail and a repeated one none.
    decision_no    INT           NOT NULL DEFAULT 0,
    decided_by     VARCHAR(255)  NULL,
    decided_at     DATETIME(6)   NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_pitches_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE,
    CONSTRAINT ck_pitches_status CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'RESERVE', 'REJECTED', 'WITHDRAWN')),
    CONSTRAINT ck_pitches_stage CHECK (stage IN ('IDEA', 'PROTOTYPE', 'LAUNCHED', 'REVENUE', 'SCALING'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_pitches_event ON pitches (event_id, status);
CREATE INDEX ix_pitches_founder ON pitches (founder);

-- A deck uploaded as a PDF: in the database, so it survives restarts and every instance serves it.
CREATE TABLE pitch_decks (
    pitch_id    BIGINT       NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    size_bytes  INT          NOT NULL,
    content     LONGBLOB     NOT NULL,
    uploaded_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (pitch_id),
    CONSTRAINT fk_pitch_decks_pitch FOREIGN KEY (pitch_id) REFERENCES pitches (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- People an organizer invited to review one night's pitches, by Keycloak user name.
CREATE TABLE pitch_reviewers (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    event_id   BIGINT       NOT NULL,
    username   VARCHAR(255) NOT NULL,
    invited_by VARCHAR(255) NOT NULL,
    invited_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_pitch_reviewers UNIQUE (event_id, username),
    CONSTRAINT fk_pitch_reviewers_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_pitch_reviewers_username ON pitch_reviewers (username);

-- One review per reviewer and pitch (a second one replaces the first), scores 1-5 per criterion.
CREATE TABLE pitch_reviews (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    pitch_id       BIGINT       NOT NULL,
    reviewer       VARCHAR(255) NOT NULL,
    score_team     INT          NOT NULL,
    score_problem  INT          NOT NULL,
    score_traction INT          NOT NULL,
    score_fit      INT          NOT NULL,
    comment        TEXT         NULL,
    created_at     DATETIME(6)  NOT NULL,
    updated_at     DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_pitch_reviews UNIQUE (pitch_id, reviewer),
    CONSTRAINT fk_pitch_reviews_pitch FOREIGN KEY (pitch_id) REFERENCES pitches (id) ON DELETE CASCADE,
    CONSTRAINT ck_pitch_reviews_scores CHECK (score_team BETWEEN 1 AND 5 AND score_problem BETWEEN 1 AND 5
        AND score_traction BETWEEN 1 AND 5 AND score_fit BETWEEN 1 AND 5)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

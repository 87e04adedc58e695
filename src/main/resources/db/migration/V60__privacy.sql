-- Issue 15: privacy. Erasure jobs (the outbox pattern: the request writes the row, a worker on any
-- instance does the work, idempotent steps, so a crash leaves a job to finish, never half an erasure),
-- accounts erased (their tokens are refused for as long as a token can live), organizers' views and
-- exports of attendee lists, and the nights whose people were forgotten after the retention period.
CREATE TABLE erasure_jobs (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    -- Who is being erased; cleared (NULL) once the job is done, so nothing names them afterwards.
    username        VARCHAR(255)  NULL,
    -- What replaces the user name in the rows kept for the nights' records ("former-…").
    pseudonym       VARCHAR(64)   NOT NULL,
    requested_at    DATETIME(6)   NOT NULL,
    next_attempt_at DATETIME(6)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    last_error      VARCHAR(1000) NULL,
    done_at         DATETIME(6)   NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_erasure_jobs_username UNIQUE (username),
    CONSTRAINT uq_erasure_jobs_pseudonym UNIQUE (pseudonym)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_erasure_jobs_due ON erasure_jobs (done_at, next_attempt_at);

-- Keycloak's subject (sub) of an erased account: its tokens are refused from the moment of the
-- request on every instance. A random id, not a name; kept a day (tokens live minutes).
CREATE TABLE erased_accounts (
    subject   VARCHAR(255) NOT NULL,
    erased_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (subject),
    INDEX ix_erased_accounts_at (erased_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each time an organizer opened a night's attendee list (page or API) or downloaded its CSV.
CREATE TABLE attendee_list_access (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    event_id    BIGINT       NOT NULL,
    group_id    BIGINT       NOT NULL,
    viewer      VARCHAR(255) NOT NULL,
    kind        VARCHAR(8)   NOT NULL,
    accessed_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_attendee_list_access_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE,
    CONSTRAINT ck_attendee_list_access_kind CHECK (kind IN ('PAGE', 'CSV', 'API'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_attendee_list_access_group ON attendee_list_access (group_id, accessed_at);
CREATE INDEX ix_attendee_list_access_viewer ON attendee_list_access (viewer);

-- Nights whose people were pseudonymised after the retention period (once each).
CREATE TABLE forgotten_nights (
    event_id     BIGINT      NOT NULL,
    forgotten_at DATETIME(6) NOT NULL,
    PRIMARY KEY (event_id),
    CONSTRAINT fk_forgotten_nights_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

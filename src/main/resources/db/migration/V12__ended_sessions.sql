-- Keycloak sessions that were signed out of here (account/EndedSessions). The app's session
-- cookie carries its tokens itself, so a copy of it would otherwise keep opening pages until its
-- ID token expires; every signed-in request is checked against this list (the `sid` claim).
-- Rows older than a day are removed as new ones come: by then every token of the session has
-- expired and its refresh is refused by Keycloak anyway.
-- SQL here must run on MySQL 8.4 and MariaDB 10.11 alike (see docs/ARCHITECTURE.md).

CREATE TABLE ended_sessions (
    sid      VARCHAR(255) NOT NULL,
    ended_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (sid),
    INDEX ix_ended_sessions_ended_at (ended_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

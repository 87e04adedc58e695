-- Groups, their organizers and members, and the pitch nights they announce.
-- Instants are DATETIME(6) in UTC (the JDBC session and Hibernate both use UTC);
-- the night's own zone is kept beside them as an IANA id.
-- SQL here must run on MySQL 8.4 and MariaDB 10.11 alike (see docs/ARCHITECTURE.md).

CREATE TABLE meetup_groups (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    slug        VARCHAR(64)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    description TEXT         NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_meetup_groups_slug UNIQUE (slug)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE group_members (
    id        BIGINT       NOT NULL AUTO_INCREMENT,
    group_id  BIGINT       NOT NULL,
    username  VARCHAR(255) NOT NULL,
    role      VARCHAR(16)  NOT NULL,
    joined_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_group_members_person UNIQUE (group_id, username),
    CONSTRAINT fk_group_members_group FOREIGN KEY (group_id) REFERENCES meetup_groups (id) ON DELETE CASCADE,
    CONSTRAINT ck_group_members_role CHECK (role IN ('OWNER', 'CO_ORGANIZER', 'MEMBER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_group_members_username ON group_members (username);

CREATE TABLE events (
    id               BIGINT       NOT NULL AUTO_INCREMENT,
    group_id         BIGINT       NOT NULL,
    slug             VARCHAR(100) NOT NULL,
    title            VARCHAR(200) NOT NULL,
    description      TEXT         NULL,
    venue_name       VARCHAR(200) NULL,
    venue_address    VARCHAR(500) NULL,
    online_url       VARCHAR(500) NULL,
    starts_at        DATETIME(6)  NOT NULL,
    ends_at          DATETIME(6)  NOT NULL,
    time_zone        VARCHAR(64)  NOT NULL,
    capacity         INT          NOT NULL,
    guests_allowed   INT          NOT NULL DEFAULT 0,
    waitlist_enabled BOOLEAN      NOT NULL DEFAULT TRUE,
    waitlist_policy  VARCHAR(8)   NOT NULL DEFAULT 'AUTO',
    rsvp_opens_at    DATETIME(6)  NULL,
    rsvp_closes_at   DATETIME(6)  NULL,
    status           VARCHAR(16)  NOT NULL DEFAULT 'DRAFT',
    created_by       VARCHAR(255) NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    CONSTRAINT uq_events_slug UNIQUE (group_id, slug),
    CONSTRAINT fk_events_group FOREIGN KEY (group_id) REFERENCES meetup_groups (id),
    CONSTRAINT ck_events_times CHECK (ends_at > starts_at),
    CONSTRAINT ck_events_capacity CHECK (capacity >= 0),
    CONSTRAINT ck_events_guests CHECK (guests_allowed >= 0),
    CONSTRAINT ck_events_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED', 'COMPLETED')),
    CONSTRAINT ck_events_policy CHECK (waitlist_policy IN ('AUTO', 'OFFER'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The home page and GET /api/events: published nights that have not ended, soonest first.
CREATE INDEX ix_events_upcoming ON events (status, ends_at, starts_at);

-- Self-service groups (issue 13): anyone signed in starts a group; admins may suspend one.
-- People's display names, refreshed from their token at each sign-in, so pages show
-- "Olivia Organizer" instead of a user name. SQL for MySQL 8.4 and MariaDB 10.11 alike.

ALTER TABLE meetup_groups
    ADD COLUMN city            VARCHAR(120) NULL,
    ADD COLUMN time_zone       VARCHAR(64)  NOT NULL DEFAULT 'UTC',
    ADD COLUMN website         VARCHAR(500) NULL,
    ADD COLUMN members_visible BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN suspended_at    DATETIME(6)  NULL,
    ADD COLUMN created_by      VARCHAR(255) NULL;

-- The directory's search and "newest first"; the city filter.
CREATE INDEX ix_meetup_groups_city ON meetup_groups (city);

CREATE TABLE people (
    username     VARCHAR(255) NOT NULL,
    display_name VARCHAR(255) NOT NULL,
    updated_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

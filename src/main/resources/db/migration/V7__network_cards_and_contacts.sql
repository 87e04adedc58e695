-- Networking at the night: opt-in profile cards and the contacts people exchange.
-- A card exists only when its owner published it for that night (opt-in); deleting it
-- takes the person off the night's list.

CREATE TABLE network_cards (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    event_id    BIGINT        NOT NULL,
    username    VARCHAR(255)  NOT NULL,
    name        VARCHAR(120)  NOT NULL,
    role        VARCHAR(120)  NULL,
    company     VARCHAR(120)  NULL,
    link        VARCHAR(500)  NULL,
    email       VARCHAR(320)  NULL,
    -- Comma-separated subset of COFOUNDER, INVESTORS, HIRING, CUSTOMERS.
    looking_for VARCHAR(100)  NOT NULL DEFAULT '',
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_network_cards_person UNIQUE (event_id, username),
    CONSTRAINT fk_network_cards_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A connection is mutual: one row per pair and night, the user names in sorted order, so
-- "alice connects bob" and "bob connects alice" are the same row.
CREATE TABLE network_connections (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    event_id     BIGINT       NOT NULL,
    first_user   VARCHAR(255) NOT NULL,
    second_user  VARCHAR(255) NOT NULL,
    initiated_by VARCHAR(255) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_network_connections_pair UNIQUE (event_id, first_user, second_user),
    CONSTRAINT fk_network_connections_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- "My contacts": the connections of one person, from either side.
CREATE INDEX ix_network_connections_first ON network_connections (first_user);
CREATE INDEX ix_network_connections_second ON network_connections (second_user);

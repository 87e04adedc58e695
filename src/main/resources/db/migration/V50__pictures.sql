-- Pictures (issue 14): a cover per night and a logo per group, stored as web sizes in the
-- database so every replica serves them and no volume is needed. One row per size; the
-- owner's row (events.cover_hash, meetup_groups.logo_hash) names the current upload, whose
-- hash is part of every picture address. SQL for MySQL 8.4 and MariaDB 10.11 alike.

CREATE TABLE picture_variants (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    owner_kind  VARCHAR(8)   NOT NULL,
    owner_id    BIGINT       NOT NULL,
    variant     VARCHAR(8)   NOT NULL,
    hash        CHAR(32)     NOT NULL,
    media_type  VARCHAR(16)  NOT NULL,
    width       INT          NOT NULL,
    height      INT          NOT NULL,
    size_bytes  INT          NOT NULL,
    content     LONGBLOB     NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_picture_variants_owner UNIQUE (owner_kind, owner_id, variant),
    CONSTRAINT ck_picture_variants_kind CHECK (owner_kind IN ('COVER', 'LOGO')),
    CONSTRAINT ck_picture_variants_variant CHECK (variant IN ('CARD', 'PAGE', 'SHARE')),
    CONSTRAINT ck_picture_variants_type CHECK (media_type IN ('image/jpeg', 'image/png')),
    CONSTRAINT ck_picture_variants_size CHECK (width > 0 AND height > 0 AND size_bytes > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE events ADD COLUMN cover_hash CHAR(32) NULL;
ALTER TABLE meetup_groups ADD COLUMN logo_hash CHAR(32) NULL;

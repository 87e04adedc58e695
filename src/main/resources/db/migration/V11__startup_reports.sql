-- The startup's report after the night (report/ReportService): per accepted pitch, what the
-- organizer chose to share with its founder, and whether the report's mail went out.
-- The report's content itself (questions, award, connections, scores) is read from the other
-- features' tables when it is shown; nothing of it is copied here.
-- SQL here must run on MySQL 8.4 and MariaDB 10.11 alike (see docs/ARCHITECTURE.md).

CREATE TABLE startup_reports (
    pitch_id     BIGINT        NOT NULL,
    event_id     BIGINT        NOT NULL,
    -- The review's means per criterion and the note reach the founder only when TRUE.
    share_review BOOLEAN       NOT NULL DEFAULT FALSE,
    -- The organizer's words to the founder, shown with the shared review.
    note         VARCHAR(2000) NULL,
    updated_by   VARCHAR(255)  NOT NULL,
    updated_at   DATETIME(6)   NOT NULL,
    -- Set in the transaction that queued the founder's mail ("Send the reports"): once per pitch.
    sent_at      DATETIME(6)   NULL,
    sent_by      VARCHAR(255)  NULL,
    PRIMARY KEY (pitch_id),
    CONSTRAINT fk_startup_reports_pitch FOREIGN KEY (pitch_id) REFERENCES pitches (id) ON DELETE CASCADE,
    CONSTRAINT fk_startup_reports_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

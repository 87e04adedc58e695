-- Audience Q&A per pitch slot, votes, and the audience award.

CREATE TABLE questions (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    event_id      BIGINT        NOT NULL,
    -- The pitch slot (agenda item) the question is for.
    item_id       BIGINT        NOT NULL,
    -- Who asked: always kept, shown to moderators; shown to the audience only when not anonymous.
    asker         VARCHAR(255)  NOT NULL,
    asker_name    VARCHAR(255)  NOT NULL,
    anonymous     BOOLEAN       NOT NULL,
    text          VARCHAR(1000) NOT NULL,
    -- PENDING (waits for approval, pre-moderated nights), VISIBLE, HIDDEN (with a reason the asker sees).
    status        VARCHAR(8)    NOT NULL,
    hidden_reason VARCHAR(200)  NULL,
    answered      BOOLEAN       NOT NULL DEFAULT FALSE,
    pinned        BOOLEAN       NOT NULL DEFAULT FALSE,
    -- Equals the rows in question_votes (changed in the same statement pair, see QuestionService).
    votes         INT           NOT NULL DEFAULT 0,
    moderated_by  VARCHAR(255)  NULL,
    created_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_questions_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE,
    CONSTRAINT fk_questions_item FOREIGN KEY (item_id) REFERENCES agenda_items (id) ON DELETE CASCADE,
    CONSTRAINT ck_questions_status CHECK (status IN ('PENDING', 'VISIBLE', 'HIDDEN')),
    CONSTRAINT ck_questions_votes CHECK (votes >= 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_questions_item ON questions (item_id, status, votes);
-- The rate limit counts a person's recent questions.
CREATE INDEX ix_questions_asker ON questions (asker, created_at);

-- One vote per person and question: the primary key makes a second one impossible.
CREATE TABLE question_votes (
    question_id BIGINT       NOT NULL,
    username    VARCHAR(255) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (question_id, username),
    CONSTRAINT fk_question_votes_question FOREIGN KEY (question_id) REFERENCES questions (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One award vote per person and night.
CREATE TABLE award_votes (
    event_id   BIGINT       NOT NULL,
    username   VARCHAR(255) NOT NULL,
    pitch_id   BIGINT       NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (event_id, username),
    CONSTRAINT fk_award_votes_event FOREIGN KEY (event_id) REFERENCES events (id) ON DELETE CASCADE,
    CONSTRAINT fk_award_votes_pitch FOREIGN KEY (pitch_id) REFERENCES pitches (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE INDEX ix_award_votes_pitch ON award_votes (event_id, pitch_id);

-- Issue 18: a mail's HTML part is rendered when it is sent, not inside the transaction that
-- queues it (where it held the night's row lock a template render longer). What the render needs
-- besides the stored text: the reader's language and, for an organizer's message, its Markdown.
-- Mails queued before keep their rendered html; new ones leave it NULL.
ALTER TABLE outbox_mails
    ADD COLUMN lang     VARCHAR(35) NULL,
    ADD COLUMN markdown MEDIUMTEXT  NULL;

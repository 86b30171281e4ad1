--liquibase formatted sql

--changeset organisation:5
--comment: A note says who wrote it: the author's name as their team knew it when writing (kept when they leave the team).
ALTER TABLE organisation_note ADD COLUMN author_name varchar(200);
UPDATE organisation_note n SET author_name = m.name
    FROM membership m WHERE m.werkplaats_id = n.werkplaats_id AND m.subject = n.author_subject;
UPDATE organisation_note SET author_name = 'Voormalig teamlid' WHERE author_name IS NULL;
ALTER TABLE organisation_note ALTER COLUMN author_name SET NOT NULL;
CREATE INDEX organisation_note_page ON organisation_note (organisation_id, created_at DESC, id DESC);
--rollback DROP INDEX organisation_note_page; ALTER TABLE organisation_note DROP COLUMN author_name;

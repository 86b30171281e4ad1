--liquibase formatted sql

--changeset team:2
--comment: Read model: the memberships of whoever the transaction says is acting (app.subject), for other modules' "am I on it" checks; security_invoker, so membership's row-level security applies to the reader.
CREATE VIEW current_subject_membership WITH (security_invoker = true) AS
    SELECT id AS membership_id, werkplaats_id FROM membership WHERE subject = app_current_subject();
GRANT SELECT ON current_subject_membership TO ${app_role};
--rollback DROP VIEW current_subject_membership;

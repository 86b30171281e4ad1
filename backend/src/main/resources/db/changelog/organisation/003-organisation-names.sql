--liquibase formatted sql

--changeset organisation:6
--comment: Read model: an organisation's name and KVK number by id, for other modules' searches (the intake inbox searches by them); security_invoker, so the register's row-level security applies to the reader.
CREATE VIEW organisation_name WITH (security_invoker = true) AS
    SELECT id AS organisation_id, name, kvk_number FROM organisation;
GRANT SELECT ON organisation_name TO ${app_role};
--rollback DROP VIEW organisation_name;

--liquibase formatted sql

--changeset organisation:10
--comment: Read model: the KVK number of a registered organisation, the key national figures count organisations by (an event registration names only the number). security_invoker, so row-level security applies to the reader.
CREATE VIEW organisation_kvk WITH (security_invoker = true) AS
    SELECT id AS organisation_id, kvk_number FROM organisation;
GRANT SELECT ON organisation_kvk TO ${app_role};
--rollback DROP VIEW organisation_kvk;

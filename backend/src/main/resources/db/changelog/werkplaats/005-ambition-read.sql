--liquibase formatted sql

--changeset werkplaats:6
--comment: Read model: a werkplaats's yearly ambitions, the targets the national figures are set against. security_invoker, so row-level security applies to the reader.
CREATE VIEW werkplaats_ambition WITH (security_invoker = true) AS
    SELECT werkplaats_id, year, reach_target, trainings_target, trajecten_target, students_target FROM ambition;
GRANT SELECT ON werkplaats_ambition TO ${app_role};
--rollback DROP VIEW werkplaats_ambition;

--liquibase formatted sql

--changeset event:33
--comment: The reach read model names its record, so the maintained national figures can follow each record as it changes.
CREATE OR REPLACE VIEW reach_count WITH (security_invoker = true) AS
    SELECT werkplaats_id, period_start, period_end, reached, id AS reach_record_id FROM reach_record;
--rollback DROP VIEW reach_count; CREATE VIEW reach_count WITH (security_invoker = true) AS SELECT werkplaats_id, period_start, period_end, reached FROM reach_record; GRANT SELECT ON reach_count TO ${app_role};

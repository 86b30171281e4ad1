--liquibase formatted sql

--changeset organisation:9
--comment: An organisation's target group as reports group by it: its SBI section and size class, nothing else. security_invoker, so row-level security applies to the reader.
CREATE VIEW organisation_target_group WITH (security_invoker = true) AS
    SELECT id AS organisation_id, sbi_section, size_class FROM organisation;
GRANT SELECT ON organisation_target_group TO ${app_role};
--rollback DROP VIEW organisation_target_group;

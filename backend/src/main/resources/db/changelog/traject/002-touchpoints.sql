--liquibase formatted sql

--changeset traject:2
--comment: Read model: trajecten as touchpoints of an organisation's journey and as the outcome of a referral (status and dates, no people); security_invoker, so row-level security applies to the reader.
CREATE VIEW traject_touchpoint WITH (security_invoker = true) AS
    SELECT id, werkplaats_id, organisation_id, intake_id, offer_id, created_at AS occurred_at, status, planned_start,
        started_on, delivered_on, completed_at
    FROM traject;
GRANT SELECT ON traject_touchpoint TO ${app_role};
--rollback DROP VIEW traject_touchpoint;

--liquibase formatted sql

--changeset intake:4
--comment: The 0-meting as the monitor reads it: the intake form's five questions per intake, by the day it was submitted. Intakes received through a referral carry the sender's answers and are left out, so no answer counts twice. security_invoker, so row-level security applies to the reader.
CREATE VIEW intake_zero_measurement WITH (security_invoker = true) AS
    SELECT id AS intake_id, werkplaats_id, organisation_id,
        (submitted_at AT TIME ZONE 'Europe/Amsterdam')::date AS answered_on,
        found_via, found_via_other, maturity, baseline_obstacles, expectation
    FROM intake
    WHERE found_via IS NOT NULL AND channel <> 'REFERRAL';
GRANT SELECT ON intake_zero_measurement TO ${app_role};
--rollback DROP VIEW intake_zero_measurement;

--liquibase formatted sql

--changeset network:12
--comment: Read model: each referral a werkplaats made, on the Dutch day it was sent, and whether it was accepted (by the werkplaats it went to, or confirmed by the initiative). security_invoker, so row-level security applies to the reader.
CREATE VIEW referral_made WITH (security_invoker = true) AS
    SELECT werkplaats_id, id AS referral_id, (created_at AT TIME ZONE 'Europe/Amsterdam')::date AS made_on,
        coalesce(status = 'ACCEPTED' OR initiative_outcome = 'CONFIRMED', false) AS accepted
    FROM referral;
GRANT SELECT ON referral_made TO ${app_role};
--rollback DROP VIEW referral_made;

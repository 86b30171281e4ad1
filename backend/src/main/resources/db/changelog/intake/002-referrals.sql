--liquibase formatted sql

--changeset intake:3
--comment: An intake can come in through a referral from another werkplaats (channel REFERRAL), and a read model of intakes as touchpoints of an organisation's journey (no question, no contact, no notes); security_invoker, so row-level security applies to the reader.
ALTER TABLE intake DROP CONSTRAINT intake_channel_check;
ALTER TABLE intake ADD CONSTRAINT intake_channel_check CHECK (channel IN ('WEBSITE', 'STAFF', 'REFERRAL'));
CREATE VIEW intake_touchpoint WITH (security_invoker = true) AS
    SELECT id, werkplaats_id, organisation_id, submitted_at AS occurred_at, status, channel, themes, obstacles
    FROM intake;
GRANT SELECT ON intake_touchpoint TO ${app_role};
--rollback DROP VIEW intake_touchpoint; ALTER TABLE intake DROP CONSTRAINT intake_channel_check; ALTER TABLE intake ADD CONSTRAINT intake_channel_check CHECK (channel IN ('WEBSITE', 'STAFF'));

--liquibase formatted sql

--changeset event:4
--comment: An attendee may consent, when registering, to the short survey after the training (the monitor's impact matrix).
ALTER TABLE event_registration ADD COLUMN survey_consent_at timestamptz;
--rollback ALTER TABLE event_registration DROP COLUMN survey_consent_at;

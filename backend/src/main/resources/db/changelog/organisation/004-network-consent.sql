--liquibase formatted sql

--changeset organisation:7
--comment: Consent to share with the network (its own record, like every consent), and how a consent was obtained: the public form, or staff recording one given by email, phone or in person.
ALTER TABLE consent DROP CONSTRAINT consent_purpose_check;
ALTER TABLE consent ADD CONSTRAINT consent_purpose_check
    CHECK (purpose IN ('INTAKE', 'EVENT_REGISTRATION', 'FOLLOW_UP_SURVEY', 'NETWORK_SHARING'));
ALTER TABLE consent ADD COLUMN channel varchar(16) NOT NULL DEFAULT 'FORM'
    CHECK (channel IN ('FORM', 'EMAIL', 'PHONE', 'IN_PERSON'));
--rollback ALTER TABLE consent DROP COLUMN channel; DELETE FROM consent WHERE purpose = 'NETWORK_SHARING'; ALTER TABLE consent DROP CONSTRAINT consent_purpose_check; ALTER TABLE consent ADD CONSTRAINT consent_purpose_check CHECK (purpose IN ('INTAKE', 'EVENT_REGISTRATION', 'FOLLOW_UP_SURVEY'));

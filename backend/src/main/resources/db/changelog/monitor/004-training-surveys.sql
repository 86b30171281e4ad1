--liquibase formatted sql

--changeset monitor:6
--comment: The impact matrix after a training goes to an attendee's registration (the event module keeps its name and email), one per registration.
ALTER TABLE monitor_invitation ADD COLUMN registration_id uuid;
CREATE UNIQUE INDEX monitor_invitation_per_registration ON monitor_invitation (werkplaats_id, registration_id, instrument)
    WHERE registration_id IS NOT NULL;
--rollback DROP INDEX monitor_invitation_per_registration; ALTER TABLE monitor_invitation DROP COLUMN registration_id;

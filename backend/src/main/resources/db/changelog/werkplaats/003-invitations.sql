--liquibase formatted sql

--changeset werkplaats:4
--comment: Invitations are team changes too.
ALTER TABLE team_change DROP CONSTRAINT team_change_action_check;
ALTER TABLE team_change ADD CONSTRAINT team_change_action_check CHECK (action IN ('INVITED', 'ROLE_CHANGED', 'REMOVED'));
--rollback ALTER TABLE team_change DROP CONSTRAINT team_change_action_check; ALTER TABLE team_change ADD CONSTRAINT team_change_action_check CHECK (action IN ('ROLE_CHANGED', 'REMOVED'));

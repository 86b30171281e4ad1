--liquibase formatted sql

--changeset werkplaats:5
--comment: A werkplaats's own page for the monitor's survey form (its branding): the personal links point there with ?token=, or to the platform's own page when it has none.
ALTER TABLE werkplaats ADD COLUMN survey_form_url varchar(2000);
--rollback ALTER TABLE werkplaats DROP COLUMN survey_form_url;

--liquibase formatted sql

--changeset event:32
--comment: The registrations of events in order of registering, a page of each event of an agenda at once (Event.registrations).
CREATE INDEX event_registration_page ON event_registration (event_id, registered_at, id);
--rollback DROP INDEX event_registration_page;

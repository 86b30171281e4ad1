--liquibase formatted sql

--changeset event:5
--comment: Attendance recorded without registration (a walk-in count, or a past event from the spreadsheets): participations that name no one.
ALTER TABLE event ADD COLUMN attended_without_registration integer NOT NULL DEFAULT 0
    CHECK (attended_without_registration >= 0);
--rollback ALTER TABLE event DROP COLUMN attended_without_registration;

--changeset event:6
--comment: Read models for the national figures: each participation in an event that took place (an attended registration, with the KVK number it names if any, or the event's count of attendance without registration) on the event's Dutch day, and the reach records' counts; no name, no email. security_invoker, so row-level security applies to the reader.
CREATE VIEW event_participation WITH (security_invoker = true) AS
    SELECT e.werkplaats_id, e.id AS event_id, (e.starts_at AT TIME ZONE 'Europe/Amsterdam')::date AS starts_on,
        r.kvk_number, 1 AS participants
    FROM event e JOIN event_registration r ON r.werkplaats_id = e.werkplaats_id AND r.event_id = e.id
    WHERE e.status <> 'CANCELLED' AND r.attended
    UNION ALL
    SELECT e.werkplaats_id, e.id, (e.starts_at AT TIME ZONE 'Europe/Amsterdam')::date, NULL,
        e.attended_without_registration
    FROM event e
    WHERE e.status <> 'CANCELLED' AND e.attended_without_registration > 0;
CREATE VIEW reach_count WITH (security_invoker = true) AS
    SELECT werkplaats_id, period_start, period_end, reached FROM reach_record;
GRANT SELECT ON event_participation, reach_count TO ${app_role};
--rollback DROP VIEW reach_count; DROP VIEW event_participation;

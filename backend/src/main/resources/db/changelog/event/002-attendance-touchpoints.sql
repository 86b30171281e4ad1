--liquibase formatted sql

--changeset event:3
--comment: Read model: event registrations that name a KVK number, as touchpoints of that organisation's journey (the event's title and date, whether they came; no name, no email); security_invoker, so row-level security applies to the reader.
CREATE VIEW event_attendance_touchpoint WITH (security_invoker = true) AS
    SELECT r.id, r.werkplaats_id, r.kvk_number, e.starts_at AS occurred_at,
        CASE WHEN r.attended IS NULL THEN 'REGISTERED' WHEN r.attended THEN 'ATTENDED' ELSE 'ABSENT' END AS status,
        e.title
    FROM event_registration r JOIN event e ON e.werkplaats_id = r.werkplaats_id AND e.id = r.event_id
    WHERE r.kvk_number IS NOT NULL;
GRANT SELECT ON event_attendance_touchpoint TO ${app_role};
--rollback DROP VIEW event_attendance_touchpoint;

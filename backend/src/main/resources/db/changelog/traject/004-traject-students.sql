--liquibase formatted sql

--changeset traject:5
--comment: Read model: the students on each traject (ids only). security_invoker, so row-level security applies to the reader.
CREATE VIEW traject_student WITH (security_invoker = true) AS
    SELECT werkplaats_id, traject_id, student_id FROM traject_member WHERE role = 'STUDENT';
GRANT SELECT ON traject_student TO ${app_role};
--rollback DROP VIEW traject_student;

--liquibase formatted sql

--changeset education:4
--comment: Read model: the student records linked to the acting subject's memberships, for the traject module's "on the team as a student" check; built on the team module's read model, security_invoker like it.
CREATE VIEW current_subject_student WITH (security_invoker = true) AS
    SELECT s.id AS student_id, s.werkplaats_id
    FROM student s JOIN current_subject_membership m ON m.membership_id = s.membership_id;
GRANT SELECT ON current_subject_student TO ${app_role};
--rollback DROP VIEW current_subject_student;

--liquibase formatted sql

--changeset education:5
--comment: A student from a werkplaats's spreadsheets is known by a reference within an institution (e.g. a student number), not by name.
ALTER TABLE student ADD COLUMN institution_ref varchar(200);
ALTER TABLE student ADD COLUMN student_ref varchar(100);
ALTER TABLE student ADD CHECK ((institution_ref IS NULL) = (student_ref IS NULL));
CREATE UNIQUE INDEX student_reference ON student (werkplaats_id, lower(institution_ref), lower(student_ref))
    WHERE student_ref IS NOT NULL;
--rollback ALTER TABLE student DROP COLUMN student_ref; ALTER TABLE student DROP COLUMN institution_ref;

--changeset education:6
--comment: Read model: who a student is across werkplaatsen, so national figures count a person once — the institution and student reference when known, else their Keycloak account, else their email address, else the record; an opaque key, no name. security_invoker, so row-level security applies to the reader.
CREATE VIEW student_identity WITH (security_invoker = true) AS
    SELECT s.werkplaats_id, s.id AS student_id,
        CASE WHEN s.student_ref IS NOT NULL THEN 'ref:' || lower(btrim(s.institution_ref)) || '/' || lower(btrim(s.student_ref))
            WHEN m.subject IS NOT NULL THEN 'subject:' || m.subject
            WHEN s.email IS NOT NULL THEN 'email:' || lower(btrim(s.email))
            ELSE 'id:' || s.id END AS student_key
    FROM student s LEFT JOIN membership m ON m.werkplaats_id = s.werkplaats_id AND m.id = s.membership_id;
GRANT SELECT ON student_identity TO ${app_role};
--rollback DROP VIEW student_identity;

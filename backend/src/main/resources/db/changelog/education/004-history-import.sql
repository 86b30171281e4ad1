--liquibase formatted sql

--changeset education:7
--comment: Where the spreadsheets name a student only by a reference within an institution and an education level, the student follows an unnamed programme of that level at an unnamed institution (national placeholders; the institution's text stays on the student).
INSERT INTO institution (id, name, level, brin_code) VALUES
    ('5a1e0000-0000-4000-8000-00000000ed00', 'Onbekende instelling (historische import)', 'HBO', '00ZZ');
INSERT INTO programme (id, institution_id, name, level, discipline) VALUES
    ('5a1e0000-0000-4000-8000-00000000ed01', '5a1e0000-0000-4000-8000-00000000ed00', 'Onbekende opleiding (MBO)', 'MBO', 'OTHER'),
    ('5a1e0000-0000-4000-8000-00000000ed02', '5a1e0000-0000-4000-8000-00000000ed00', 'Onbekende opleiding (HBO)', 'HBO', 'OTHER'),
    ('5a1e0000-0000-4000-8000-00000000ed03', '5a1e0000-0000-4000-8000-00000000ed00', 'Onbekende opleiding (WO)', 'WO', 'OTHER');
--rollback DELETE FROM programme WHERE institution_id = '5a1e0000-0000-4000-8000-00000000ed00'; DELETE FROM institution WHERE id = '5a1e0000-0000-4000-8000-00000000ed00';

--changeset education:8 splitStatements:false
--comment: For a werkplaats's history import: each student the file names (by institution and student reference, without case) once, and which traject names which. Reads the staging table history_traject_student (traject_ref, student_ref, institution, education_level) and writes history_traject_student_id (traject_ref, student_id); runs as the caller acting for the werkplaats.
CREATE FUNCTION student_import_history(p_werkplaats uuid)
    RETURNS integer
    LANGUAGE plpgsql
    -- Set-based over whole files: planned afresh for each import, and without nested loops,
    -- which the statistics of tables this import just filled (not yet analysed) would
    -- choose, and which are quadratic at a hundred thousand lines.
    SET plan_cache_mode = force_custom_plan
    SET enable_nestloop = off
    AS $$
DECLARE
    v_added integer;
BEGIN
    INSERT INTO student (id, werkplaats_id, name, programme_id, study_year, institution_ref, student_ref)
    SELECT gen_random_uuid(), p_werkplaats, left('Student ' || s.student_ref || ' (' || s.institution || ')', 200),
        CASE s.education_level WHEN 'MBO' THEN '5a1e0000-0000-4000-8000-00000000ed01'::uuid
            WHEN 'WO' THEN '5a1e0000-0000-4000-8000-00000000ed03'::uuid
            ELSE '5a1e0000-0000-4000-8000-00000000ed02'::uuid END,
        1, s.institution, s.student_ref
    FROM (SELECT DISTINCT ON (lower(btrim(institution)), lower(btrim(student_ref))) btrim(institution) AS institution,
            btrim(student_ref) AS student_ref, education_level
        FROM history_traject_student ORDER BY lower(btrim(institution)), lower(btrim(student_ref)), line) s
    WHERE NOT EXISTS (SELECT 1 FROM student st WHERE st.werkplaats_id = p_werkplaats AND st.student_ref IS NOT NULL
        AND lower(st.institution_ref) = lower(s.institution) AND lower(st.student_ref) = lower(s.student_ref));
    GET DIAGNOSTICS v_added = ROW_COUNT;
    CREATE TEMPORARY TABLE IF NOT EXISTS history_traject_student_id (traject_ref text NOT NULL, student_id uuid NOT NULL)
        ON COMMIT DROP;
    INSERT INTO history_traject_student_id (traject_ref, student_id)
    SELECT s.traject_ref, st.id FROM history_traject_student s
    JOIN student st ON st.werkplaats_id = p_werkplaats AND st.student_ref IS NOT NULL
        AND lower(st.institution_ref) = lower(btrim(s.institution)) AND lower(st.student_ref) = lower(btrim(s.student_ref));
    CREATE INDEX ON history_traject_student_id (traject_ref, student_id);
    ANALYZE history_traject_student_id;
    RETURN v_added;
END
$$;
--rollback DROP FUNCTION student_import_history(uuid);

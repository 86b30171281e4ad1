--liquibase formatted sql

--changeset traject:6
--comment: A traject from a werkplaats's own spreadsheets keeps their reference, the key a new import updates it by.
ALTER TABLE traject ADD COLUMN import_ref varchar(100);
ALTER TABLE traject ADD CONSTRAINT traject_import_ref UNIQUE (werkplaats_id, import_ref);
--rollback ALTER TABLE traject DROP CONSTRAINT traject_import_ref; ALTER TABLE traject DROP COLUMN import_ref;

--changeset traject:7 splitStatements:false
--comment: For a werkplaats's history import: its trajecten as the spreadsheets say (new references added, known ones updated where they differ) and the students on them. Reads the staging tables history_traject, history_traject_intake, history_offer and history_traject_student_id (traject_ref, student_id); writes history_traject_id (ref, traject_id) with every imported traject of the werkplaats. Runs as the caller acting for the werkplaats. traject_history_ref lists the imported references, for checking files against earlier imports.
CREATE FUNCTION traject_import_history(p_werkplaats uuid)
    RETURNS integer
    LANGUAGE plpgsql
    -- Set-based over whole files: planned afresh for each import, and without nested loops,
    -- which the statistics of tables this import just filled (not yet analysed) would
    -- choose, and which are quadratic at a hundred thousand lines.
    SET plan_cache_mode = force_custom_plan
    SET enable_nestloop = off
    AS $$
DECLARE
    v_changed integer;
BEGIN
    INSERT INTO traject AS t (id, werkplaats_id, intake_id, offer_id, organisation_id, status, started_on, delivered_on,
        completed_at, cancelled_at, import_ref)
    SELECT gen_random_uuid(), p_werkplaats, i.intake_id, o.offer_id, i.organisation_id, h.status, h.started_on,
        h.delivered_on, (h.completed_on + time '12:00') AT TIME ZONE 'Europe/Amsterdam',
        CASE WHEN h.status = 'CANCELLED' THEN now() END, h.ref
    FROM history_traject h
    JOIN history_traject_intake i ON i.ref = h.ref
    JOIN history_offer o ON o.title_key = lower(btrim(h.offer_title))
    ON CONFLICT (werkplaats_id, import_ref) DO UPDATE SET intake_id = excluded.intake_id,
        offer_id = excluded.offer_id, organisation_id = excluded.organisation_id, status = excluded.status,
        started_on = excluded.started_on, delivered_on = excluded.delivered_on, completed_at = excluded.completed_at,
        cancelled_at = CASE WHEN excluded.status = 'CANCELLED' THEN coalesce(t.cancelled_at, now()) END,
        updated_at = now(), version = t.version + 1
    WHERE (t.intake_id, t.offer_id, t.organisation_id, t.status, t.started_on, t.delivered_on, t.completed_at)
        IS DISTINCT FROM (excluded.intake_id, excluded.offer_id, excluded.organisation_id, excluded.status,
            excluded.started_on, excluded.delivered_on, excluded.completed_at);
    GET DIAGNOSTICS v_changed = ROW_COUNT;
    CREATE TEMPORARY TABLE IF NOT EXISTS history_traject_id (ref text PRIMARY KEY, traject_id uuid NOT NULL)
        ON COMMIT DROP;
    INSERT INTO history_traject_id (ref, traject_id)
    SELECT import_ref, id FROM traject WHERE werkplaats_id = p_werkplaats AND import_ref IS NOT NULL
    ON CONFLICT (ref) DO NOTHING;
    ANALYZE history_traject_id;
    RETURN v_changed;
END
$$;

CREATE FUNCTION traject_import_history_students(p_werkplaats uuid)
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
    -- An imported traject named in the file has exactly the students the file names.
    DELETE FROM traject_member m
    USING history_traject_id t
    WHERE m.werkplaats_id = p_werkplaats AND m.traject_id = t.traject_id AND m.role = 'STUDENT'
        AND EXISTS (SELECT 1 FROM history_traject_student_id s WHERE s.traject_ref = t.ref)
        AND NOT EXISTS (SELECT 1 FROM history_traject_student_id s
            WHERE s.traject_ref = t.ref AND s.student_id = m.student_id);
    INSERT INTO traject_member (id, werkplaats_id, traject_id, student_id, role)
    SELECT gen_random_uuid(), p_werkplaats, t.traject_id, s.student_id, 'STUDENT'
    FROM (SELECT DISTINCT traject_ref, student_id FROM history_traject_student_id) s
    JOIN history_traject_id t ON t.ref = s.traject_ref
    WHERE NOT EXISTS (SELECT 1 FROM traject_member m WHERE m.werkplaats_id = p_werkplaats
        AND m.traject_id = t.traject_id AND m.student_id = s.student_id);
    GET DIAGNOSTICS v_added = ROW_COUNT;
    RETURN v_added;
END
$$;

CREATE VIEW traject_history_ref WITH (security_invoker = true) AS
    SELECT werkplaats_id, import_ref, id AS traject_id, organisation_id FROM traject WHERE import_ref IS NOT NULL;
GRANT SELECT ON traject_history_ref TO ${app_role};
--rollback DROP VIEW traject_history_ref; DROP FUNCTION traject_import_history_students(uuid); DROP FUNCTION traject_import_history(uuid);

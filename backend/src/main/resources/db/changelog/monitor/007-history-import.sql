--liquibase formatted sql

--changeset monitor:9
--comment: A 1-meting from a werkplaats's own spreadsheets (channel IMPORT) is one per traject and instrument, the key a new import updates it by.
CREATE UNIQUE INDEX monitor_response_imported ON monitor_response (werkplaats_id, traject_id, national_key)
    WHERE channel = 'IMPORT';
-- Answers stay as given, except those of an imported 1-meting, which a new import of the same
-- spreadsheet updates.
GRANT UPDATE, DELETE ON monitor_answer TO ${app_role};
CREATE POLICY monitor_answer_change_imported ON monitor_answer AS RESTRICTIVE FOR UPDATE
    USING (EXISTS (SELECT 1 FROM monitor_response r WHERE r.id = response_id AND r.channel = 'IMPORT'))
    WITH CHECK (EXISTS (SELECT 1 FROM monitor_response r WHERE r.id = response_id AND r.channel = 'IMPORT'));
CREATE POLICY monitor_answer_delete_imported ON monitor_answer AS RESTRICTIVE FOR DELETE
    USING (EXISTS (SELECT 1 FROM monitor_response r WHERE r.id = response_id AND r.channel = 'IMPORT'));
--rollback DROP POLICY monitor_answer_delete_imported ON monitor_answer; DROP POLICY monitor_answer_change_imported ON monitor_answer; REVOKE UPDATE, DELETE ON monitor_answer FROM ${app_role}; DROP INDEX monitor_response_imported;

--changeset monitor:10 splitStatements:false
--comment: For a werkplaats's history import: its answered 1-metingen with their national answers (vraag 1a-g, 2, 3, 4, 5 with its other text, 6), added or updated where they differ. Reads the staging table history_monitor_response and history_traject_id; the organisation from the traject's read model. Runs as the caller acting for the werkplaats. monitor_version_key resolves an instrument version's key to its national one.
CREATE FUNCTION monitor_import_history(p_werkplaats uuid)
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
    CREATE TEMPORARY TABLE history_response_id (response_id uuid NOT NULL, traject_ref text NOT NULL,
        instrument_key text NOT NULL) ON COMMIT DROP;
    WITH upserted AS (
        INSERT INTO monitor_response AS r (id, werkplaats_id, instrument, version_key, national_key, traject_id,
            organisation_id, channel, answered_on, recorded_by)
        SELECT gen_random_uuid(), p_werkplaats, 'ONE_MEASUREMENT', h.instrument_key, v.national_key, t.traject_id,
            tt.organisation_id, 'IMPORT', h.answered_on, 'historische import'
        FROM history_monitor_response h
        JOIN history_traject_id t ON t.ref = h.traject_ref
        JOIN traject_touchpoint tt ON tt.werkplaats_id = p_werkplaats AND tt.id = t.traject_id
        JOIN monitor_version_key v ON v.key = h.instrument_key
        ON CONFLICT (werkplaats_id, traject_id, national_key) WHERE channel = 'IMPORT'
        DO UPDATE SET version_key = excluded.version_key, organisation_id = excluded.organisation_id,
            answered_on = excluded.answered_on
        RETURNING r.id, r.traject_id, r.version_key
    )
    INSERT INTO history_response_id (response_id, traject_ref, instrument_key)
    SELECT u.id, t.ref, u.version_key FROM upserted u JOIN history_traject_id t ON t.traject_id = u.traject_id;
    ANALYZE history_response_id;
    CREATE TEMPORARY TABLE history_answer ON COMMIT DROP AS
    SELECT i.response_id, q.key, array_remove(q.answer_values, NULL) AS answer_values, q.text
    FROM history_response_id i
    JOIN history_monitor_response r ON r.traject_ref = i.traject_ref AND r.instrument_key = i.instrument_key
    CROSS JOIN LATERAL (VALUES ('q1a', ARRAY[r.q1a], NULL), ('q1b', ARRAY[r.q1b], NULL), ('q1c', ARRAY[r.q1c], NULL),
        ('q1d', ARRAY[r.q1d], NULL), ('q1e', ARRAY[r.q1e], NULL), ('q1f', ARRAY[r.q1f], NULL),
        ('q1g', ARRAY[r.q1g], NULL), ('q2', ARRAY[r.q2], NULL), ('q3', ARRAY[]::text[], r.q3),
        ('q4', ARRAY[r.q4], NULL), ('q5', r.q5, r.q5_other), ('q6', ARRAY[]::text[], r.q6))
        AS q(key, answer_values, text)
    WHERE cardinality(array_remove(q.answer_values, NULL)) > 0 OR q.text IS NOT NULL;
    CREATE INDEX ON history_answer (response_id, key);
    ANALYZE history_answer;
    DELETE FROM monitor_answer a USING history_response_id i
    WHERE a.werkplaats_id = p_werkplaats AND a.response_id = i.response_id
        AND NOT EXISTS (SELECT 1 FROM history_answer h WHERE h.response_id = a.response_id AND h.key = a.question_key);
    INSERT INTO monitor_answer AS a (id, werkplaats_id, response_id, question_key, national, answer_values, text)
    SELECT gen_random_uuid(), p_werkplaats, h.response_id, h.key, true, h.answer_values::varchar[], h.text
    FROM history_answer h
    ON CONFLICT (response_id, question_key) DO UPDATE SET answer_values = excluded.answer_values, text = excluded.text
    WHERE (a.answer_values, a.text) IS DISTINCT FROM (excluded.answer_values, excluded.text);
    GET DIAGNOSTICS v_changed = ROW_COUNT;
    RETURN v_changed;
END
$$;

CREATE VIEW monitor_version_key WITH (security_invoker = true) AS
    SELECT key, instrument, key AS national_key FROM monitor_instrument_version
    UNION ALL
    SELECT o.key, n.instrument, n.key FROM monitor_own_version o
    JOIN monitor_instrument_version n ON n.id = o.national_version_id;
GRANT SELECT ON monitor_version_key TO ${app_role};
--rollback DROP VIEW monitor_version_key; DROP FUNCTION monitor_import_history(uuid);

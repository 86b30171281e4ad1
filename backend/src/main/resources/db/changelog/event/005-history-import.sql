--liquibase formatted sql

--changeset event:7
--comment: Events, registrations and reach records from a werkplaats's own spreadsheets keep a key a new import updates them by: the event's reference; a registration's event reference, KVK number and place among equal ones; a reach record's channel and period.
ALTER TABLE event ADD COLUMN import_ref varchar(100);
ALTER TABLE event ADD CONSTRAINT event_import_ref UNIQUE (werkplaats_id, import_ref);
ALTER TABLE event_registration ADD COLUMN import_key varchar(200);
ALTER TABLE event_registration ADD CONSTRAINT event_registration_import_key UNIQUE (werkplaats_id, import_key);
ALTER TABLE reach_record ADD COLUMN import_key varchar(200);
ALTER TABLE reach_record ADD CONSTRAINT reach_record_import_key UNIQUE (werkplaats_id, import_key);
-- A new import replaces an imported event's registrations; only imported ones are ever deleted.
GRANT DELETE ON event_registration TO ${app_role};
CREATE POLICY event_registration_delete_imported ON event_registration AS RESTRICTIVE FOR DELETE
    USING (import_key IS NOT NULL);
-- A reach of 0 in a new import removes the imported record of that channel and period.
GRANT DELETE ON reach_record TO ${app_role};
CREATE POLICY reach_record_delete_imported ON reach_record AS RESTRICTIVE FOR DELETE
    USING (import_key IS NOT NULL);
--rollback DROP POLICY reach_record_delete_imported ON reach_record; REVOKE DELETE ON reach_record FROM ${app_role}; DROP POLICY event_registration_delete_imported ON event_registration; REVOKE DELETE ON event_registration FROM ${app_role}; ALTER TABLE reach_record DROP COLUMN import_key; ALTER TABLE event_registration DROP COLUMN import_key; ALTER TABLE event DROP COLUMN import_ref;

--changeset event:8 splitStatements:false
--comment: For a werkplaats's history import: its past events (at noon on their day; a place event's location unknown), the registrations of each event the file names (exactly those), and its reach records, added or updated where they differ. Reads the staging tables history_event, history_registration and history_reach; runs as the caller acting for the werkplaats. event_history_ref lists the imported references, for checking files against earlier imports.
CREATE FUNCTION event_import_history(p_werkplaats uuid)
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
    v_more integer;
BEGIN
    INSERT INTO event AS e (id, werkplaats_id, title, kind, starts_at, online, location, attended_without_registration,
        import_ref)
    SELECT gen_random_uuid(), p_werkplaats, h.title, h.kind, (h.starts_on + time '12:00') AT TIME ZONE 'Europe/Amsterdam',
        h.online, CASE WHEN NOT h.online THEN 'Onbekend (historische import)' END, coalesce(h.attended_without_registration, 0), h.ref
    FROM history_event h
    ON CONFLICT (werkplaats_id, import_ref) DO UPDATE SET title = excluded.title, kind = excluded.kind,
        starts_at = excluded.starts_at, online = excluded.online, location = coalesce(e.location, excluded.location),
        attended_without_registration = excluded.attended_without_registration, updated_at = now(),
        version = e.version + 1
    WHERE (e.title, e.kind, e.starts_at, e.online, e.attended_without_registration)
        IS DISTINCT FROM (excluded.title, excluded.kind, excluded.starts_at, excluded.online,
            excluded.attended_without_registration);
    GET DIAGNOSTICS v_changed = ROW_COUNT;

    CREATE TEMPORARY TABLE history_registration_keyed ON COMMIT DROP AS
    SELECT e.id AS event_id, e.starts_at,
        r.event_ref || '|' || coalesce(r.kvk_number, '') || '|'
            || row_number() OVER (PARTITION BY r.event_ref, r.kvk_number ORDER BY r.line) AS import_key,
        r.kvk_number, r.attended
    FROM history_registration r
    JOIN event e ON e.werkplaats_id = p_werkplaats AND e.import_ref = r.event_ref;
    CREATE INDEX ON history_registration_keyed (import_key);
    ANALYZE history_registration_keyed;
    DELETE FROM event_registration g
    WHERE g.werkplaats_id = p_werkplaats AND g.import_key IS NOT NULL
        AND g.event_id IN (SELECT event_id FROM history_registration_keyed)
        AND NOT EXISTS (SELECT 1 FROM history_registration_keyed k WHERE k.import_key = g.import_key);
    INSERT INTO event_registration AS g (id, werkplaats_id, event_id, name, email, kvk_number, consent_text_version,
        consent_given_at, attended, registered_at, import_key)
    SELECT gen_random_uuid(), p_werkplaats, k.event_id, 'Deelnemer (historische import)',
        'historie-' || md5(k.import_key) || '@import.invalid', k.kvk_number, 'historische-import', k.starts_at,
        k.attended, k.starts_at, k.import_key
    FROM history_registration_keyed k
    ON CONFLICT (werkplaats_id, import_key) DO UPDATE SET attended = excluded.attended, version = g.version + 1
    WHERE g.attended IS DISTINCT FROM excluded.attended;
    GET DIAGNOSTICS v_more = ROW_COUNT;
    v_changed := v_changed + v_more;

    -- A spreadsheet's 0 is no reach: the record of that channel and period goes, if any.
    DELETE FROM reach_record r USING history_reach h
    WHERE r.werkplaats_id = p_werkplaats AND h.reached = 0
        AND r.import_key = h.channel || '|' || h.period_start || '|' || h.period_end;
    GET DIAGNOSTICS v_more = ROW_COUNT;
    v_changed := v_changed + v_more;
    INSERT INTO reach_record AS r (id, werkplaats_id, channel, reached, period_start, period_end, note, import_key)
    SELECT gen_random_uuid(), p_werkplaats, h.channel, h.reached, h.period_start, h.period_end, h.note,
        h.channel || '|' || h.period_start || '|' || h.period_end
    FROM history_reach h
    WHERE h.reached > 0
    ON CONFLICT (werkplaats_id, import_key) DO UPDATE SET reached = excluded.reached, note = excluded.note
    WHERE (r.reached, r.note) IS DISTINCT FROM (excluded.reached, excluded.note);
    GET DIAGNOSTICS v_more = ROW_COUNT;
    RETURN v_changed + v_more;
END
$$;

CREATE VIEW event_history_ref WITH (security_invoker = true) AS
    SELECT werkplaats_id, import_ref, id AS event_id FROM event WHERE import_ref IS NOT NULL;
GRANT SELECT ON event_history_ref TO ${app_role};
--rollback DROP VIEW event_history_ref; DROP FUNCTION event_import_history(uuid);

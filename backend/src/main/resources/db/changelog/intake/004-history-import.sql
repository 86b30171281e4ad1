--liquibase formatted sql

--changeset intake:5 splitStatements:false
--comment: Intakes of trajecten from a werkplaats's own spreadsheets (channel IMPORT): one per imported traject, keyed by its reference (submission_key 'history:<ref>'), on the day it started, for the organisation it names; they are no touchpoint of their own in the KPIs and carry no 0-meting. intake_import_history reads the import's staging table history_traject (ref, kvk_number, started_on, delivered_on, completed_on) and writes history_traject_intake (ref, intake_id, organisation_id); it runs as the caller acting for the werkplaats.
ALTER TABLE intake DROP CONSTRAINT intake_channel_check;
ALTER TABLE intake ADD CONSTRAINT intake_channel_check CHECK (channel IN ('WEBSITE', 'STAFF', 'REFERRAL', 'IMPORT'));

CREATE FUNCTION intake_random_reference()
    RETURNS varchar
    LANGUAGE sql
    VOLATILE
    AS $$
    SELECT 'INT-' || substr(r, 1, 4) || '-' || substr(r, 5, 4)
    FROM (SELECT string_agg(substr('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1 + floor(random() * 36)::integer, 1), '')
        AS r FROM generate_series(1, 8)) AS drawn
$$;

CREATE FUNCTION intake_import_history(p_werkplaats uuid)
    RETURNS integer
    LANGUAGE plpgsql
    -- Set-based over whole files: planned afresh for each import, and without nested loops,
    -- which the statistics of tables this import just filled (not yet analysed) would
    -- choose, and which are quadratic at a hundred thousand lines.
    SET plan_cache_mode = force_custom_plan
    SET enable_nestloop = off
    AS $$
DECLARE
    v_added integer := 0;
    v_more integer;
BEGIN
    -- Temporary tables are never analysed on their own; each is analysed once filled, so
    -- the joins below are planned for their real sizes.
    CREATE TEMPORARY TABLE history_kvk ON COMMIT DROP AS
    SELECT * FROM organisation_ids_by_kvk(array(SELECT DISTINCT kvk_number FROM history_traject));
    ALTER TABLE history_kvk ADD PRIMARY KEY (kvk_number);
    ANALYZE history_kvk;
    CREATE TEMPORARY TABLE history_contact ON COMMIT DROP AS
    SELECT * FROM organisation_history_contacts(p_werkplaats, array(SELECT organisation_id FROM history_kvk));
    ALTER TABLE history_contact ADD PRIMARY KEY (organisation_id);
    ANALYZE history_contact;
    CREATE TEMPORARY TABLE history_traject_intake (ref text PRIMARY KEY, intake_id uuid NOT NULL,
        organisation_id uuid NOT NULL) ON COMMIT DROP;
    INSERT INTO history_traject_intake (ref, intake_id, organisation_id)
    SELECT h.ref, i.id, k.organisation_id
    FROM history_traject h
    JOIN history_kvk k ON k.kvk_number = h.kvk_number
    JOIN intake i ON i.werkplaats_id = p_werkplaats AND i.channel = 'IMPORT' AND i.submission_key = 'history:' || h.ref;
    UPDATE intake i SET organisation_id = m.organisation_id, contact_id = c.contact_id,
            submitted_at = (coalesce(h.started_on, h.delivered_on, h.completed_on,
                (i.submitted_at AT TIME ZONE 'Europe/Amsterdam')::date) + time '12:00') AT TIME ZONE 'Europe/Amsterdam',
            updated_at = now(), version = i.version + 1
    FROM history_traject_intake m
    JOIN history_traject h ON h.ref = m.ref
    JOIN history_contact c ON c.organisation_id = m.organisation_id
    WHERE i.id = m.intake_id AND i.werkplaats_id = p_werkplaats
        AND (i.organisation_id IS DISTINCT FROM m.organisation_id
            OR (i.submitted_at AT TIME ZONE 'Europe/Amsterdam')::date IS DISTINCT FROM coalesce(h.started_on,
                h.delivered_on, h.completed_on, (i.submitted_at AT TIME ZONE 'Europe/Amsterdam')::date));
    -- References are random; the few that collide with one taken are drawn again.
    FOR v_attempt IN 1..10 LOOP
        WITH added AS (
            INSERT INTO intake (id, werkplaats_id, reference, organisation_id, contact_id, question, status, channel,
                submission_key, submitted_at)
            SELECT gen_random_uuid(), p_werkplaats, intake_random_reference(), k.organisation_id, c.contact_id,
                'Traject ' || h.ref || ' uit de eigen administratie (historische import)', 'MATCHED', 'IMPORT',
                'history:' || h.ref,
                (coalesce(h.started_on, h.delivered_on, h.completed_on, current_date) + time '12:00')
                    AT TIME ZONE 'Europe/Amsterdam'
            FROM history_traject h
            JOIN history_kvk k ON k.kvk_number = h.kvk_number
            JOIN history_contact c ON c.organisation_id = k.organisation_id
            WHERE NOT EXISTS (SELECT 1 FROM history_traject_intake m WHERE m.ref = h.ref)
            ON CONFLICT DO NOTHING
            RETURNING id, organisation_id, substr(submission_key, 9) AS ref
        )
        INSERT INTO history_traject_intake (ref, intake_id, organisation_id) SELECT ref, id, organisation_id FROM added;
        GET DIAGNOSTICS v_more = ROW_COUNT;
        v_added := v_added + v_more;
        EXIT WHEN NOT EXISTS (SELECT 1 FROM history_traject h
            WHERE NOT EXISTS (SELECT 1 FROM history_traject_intake m WHERE m.ref = h.ref));
    END LOOP;
    IF EXISTS (SELECT 1 FROM history_traject h WHERE NOT EXISTS (SELECT 1 FROM history_traject_intake m
            WHERE m.ref = h.ref)) THEN
        RAISE EXCEPTION 'No free intake reference found for every imported traject';
    END IF;
    ANALYZE history_traject_intake;
    RETURN v_added;
END
$$;
--rollback DROP FUNCTION intake_import_history(uuid); DROP FUNCTION intake_random_reference(); ALTER TABLE intake DROP CONSTRAINT intake_channel_check; ALTER TABLE intake ADD CONSTRAINT intake_channel_check CHECK (channel IN ('WEBSITE', 'STAFF', 'REFERRAL'));

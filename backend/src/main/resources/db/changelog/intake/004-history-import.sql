--liquibase formatted sql

--changeset intake:5 splitStatements:false
--comment: Intakes of trajecten from a werkplaats's own spreadsheets (channel IMPORT): one per imported traject, keyed by its reference (submission_key 'history:<ref>'), on the day it started, for the organisation it names; they are no touchpoint of their own in the KPIs and carry no 0-meting. intake_import_history reads the import's staging table history_traject (ref, kvk_number, started_on, delivered_on, completed_on) and writes history_traject_intake (ref, intake_id, organisation_id); it runs as the caller acting for the werkplaats.
ALTER TABLE intake DROP CONSTRAINT intake_channel_check;
ALTER TABLE intake ADD CONSTRAINT intake_channel_check CHECK (channel IN ('WEBSITE', 'STAFF', 'REFERRAL', 'IMPORT'));

CREATE FUNCTION intake_import_history(p_werkplaats uuid)
    RETURNS integer
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_added integer;
BEGIN
    CREATE TEMPORARY TABLE IF NOT EXISTS history_traject_intake (ref text PRIMARY KEY, intake_id uuid NOT NULL,
        organisation_id uuid NOT NULL) ON COMMIT DROP;
    INSERT INTO history_traject_intake (ref, intake_id, organisation_id)
    SELECT h.ref, i.id, k.organisation_id
    FROM history_traject h
    JOIN organisation_ids_by_kvk(array(SELECT DISTINCT kvk_number FROM history_traject)) k
        ON k.kvk_number = h.kvk_number
    JOIN intake i ON i.werkplaats_id = p_werkplaats AND i.channel = 'IMPORT' AND i.submission_key = 'history:' || h.ref;
    UPDATE intake i SET organisation_id = m.organisation_id,
            contact_id = organisation_history_contact(p_werkplaats, m.organisation_id),
            submitted_at = (coalesce(h.started_on, h.delivered_on, h.completed_on, i.submitted_at::date) + time '12:00')
                AT TIME ZONE 'Europe/Amsterdam',
            updated_at = now(), version = i.version + 1
    FROM history_traject_intake m JOIN history_traject h ON h.ref = m.ref
    WHERE i.id = m.intake_id AND i.werkplaats_id = p_werkplaats
        AND (i.organisation_id IS DISTINCT FROM m.organisation_id
            OR (i.submitted_at AT TIME ZONE 'Europe/Amsterdam')::date
                IS DISTINCT FROM coalesce(h.started_on, h.delivered_on, h.completed_on, (i.submitted_at AT TIME ZONE 'Europe/Amsterdam')::date));
    WITH added AS (
        INSERT INTO intake (id, werkplaats_id, reference, organisation_id, contact_id, question, status, channel,
            submission_key, submitted_at)
        SELECT gen_random_uuid(), p_werkplaats,
            'INT-' || upper(substr(md5(random()::text), 1, 4)) || '-' || upper(substr(md5(random()::text), 1, 4)),
            k.organisation_id, organisation_history_contact(p_werkplaats, k.organisation_id),
            'Traject ' || h.ref || ' uit de eigen administratie (historische import)', 'MATCHED', 'IMPORT',
            'history:' || h.ref,
            (coalesce(h.started_on, h.delivered_on, h.completed_on, current_date) + time '12:00')
                AT TIME ZONE 'Europe/Amsterdam'
        FROM history_traject h
        JOIN organisation_ids_by_kvk(array(SELECT DISTINCT kvk_number FROM history_traject)) k
            ON k.kvk_number = h.kvk_number
        WHERE NOT EXISTS (SELECT 1 FROM history_traject_intake m WHERE m.ref = h.ref)
        RETURNING id, organisation_id, substr(submission_key, 9) AS ref
    )
    INSERT INTO history_traject_intake (ref, intake_id, organisation_id) SELECT ref, id, organisation_id FROM added;
    GET DIAGNOSTICS v_added = ROW_COUNT;
    RETURN v_added;
END
$$;
--rollback DROP FUNCTION intake_import_history(uuid); ALTER TABLE intake DROP CONSTRAINT intake_channel_check; ALTER TABLE intake ADD CONSTRAINT intake_channel_check CHECK (channel IN ('WEBSITE', 'STAFF', 'REFERRAL'));

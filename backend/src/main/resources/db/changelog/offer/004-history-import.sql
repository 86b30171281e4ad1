--liquibase formatted sql

--changeset offer:4 splitStatements:false
--comment: For a werkplaats's history import: an offer title of the imported trajecten that the werkplaats lacks (compared without case) becomes an unpublished offer of that archetype. Reads the staging table history_traject (line, offer_title, archetype) and writes history_offer (title_key, offer_id); runs as the caller acting for the werkplaats.
CREATE FUNCTION offer_import_history(p_werkplaats uuid)
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
    CREATE TEMPORARY TABLE IF NOT EXISTS history_offer (title_key text PRIMARY KEY, offer_id uuid NOT NULL)
        ON COMMIT DROP;
    INSERT INTO offer (id, werkplaats_id, title, archetype, format, status)
    SELECT gen_random_uuid(), p_werkplaats, t.title, t.archetype, 'TRAJECT', 'DRAFT'
    FROM (SELECT DISTINCT ON (lower(btrim(offer_title))) btrim(offer_title) AS title, archetype
        FROM history_traject ORDER BY lower(btrim(offer_title)), line) t
    WHERE NOT EXISTS (SELECT 1 FROM offer o WHERE o.werkplaats_id = p_werkplaats
        AND lower(btrim(o.title)) = lower(t.title));
    GET DIAGNOSTICS v_added = ROW_COUNT;
    INSERT INTO history_offer (title_key, offer_id)
    SELECT DISTINCT ON (lower(btrim(o.title))) lower(btrim(o.title)), o.id FROM offer o
    WHERE o.werkplaats_id = p_werkplaats
        AND lower(btrim(o.title)) IN (SELECT lower(btrim(offer_title)) FROM history_traject)
    ORDER BY lower(btrim(o.title)), o.status DESC, o.created_at
    ON CONFLICT (title_key) DO NOTHING;
    RETURN v_added;
END
$$;
--rollback DROP FUNCTION offer_import_history(uuid);

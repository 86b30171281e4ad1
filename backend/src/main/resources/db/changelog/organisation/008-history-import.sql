--liquibase formatted sql

--changeset organisation:11 splitStatements:false
--comment: For a werkplaats's history import: the register's ids of KVK numbers (revealing nothing but the id, like organisation_register), and the one placeholder contact per organisation that imported intakes name, since the spreadsheets hold no contact. Runs as the caller acting for the werkplaats, so row-level security applies to what it writes.
CREATE FUNCTION organisation_ids_by_kvk(p_kvk_numbers varchar[])
    RETURNS TABLE (kvk_number varchar, organisation_id uuid)
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$ SELECT kvk_number, id FROM organisation WHERE kvk_number = ANY (p_kvk_numbers) $$;
REVOKE ALL ON FUNCTION organisation_ids_by_kvk(varchar[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION organisation_ids_by_kvk(varchar[]) TO ${app_role};

CREATE FUNCTION organisation_history_contacts(p_werkplaats uuid, p_organisations uuid[])
    RETURNS TABLE (organisation_id uuid, contact_id uuid)
    LANGUAGE plpgsql
    -- Set-based over whole files: planned afresh for each import, and without nested loops,
    -- which the statistics of tables this import just filled (not yet analysed) would
    -- choose, and which are quadratic at a hundred thousand lines.
    SET plan_cache_mode = force_custom_plan
    SET enable_nestloop = off
    AS $$
BEGIN
    INSERT INTO organisation_contact (id, werkplaats_id, organisation_id, name, email, role)
    SELECT gen_random_uuid(), p_werkplaats, o.id, 'Onbekend (historische import)', 'historie@import.invalid',
        'historische import'
    FROM unnest(p_organisations) AS o(id)
    WHERE NOT EXISTS (SELECT 1 FROM organisation_contact c WHERE c.werkplaats_id = p_werkplaats
        AND c.organisation_id = o.id AND c.email = 'historie@import.invalid');
    RETURN QUERY SELECT DISTINCT ON (c.organisation_id) c.organisation_id, c.id FROM organisation_contact c
    WHERE c.werkplaats_id = p_werkplaats AND c.email = 'historie@import.invalid'
        AND c.organisation_id = ANY (p_organisations)
    ORDER BY c.organisation_id, c.created_at, c.id;
END
$$;
--rollback DROP FUNCTION organisation_history_contacts(uuid, uuid[]); DROP FUNCTION organisation_ids_by_kvk(varchar[]);

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

CREATE FUNCTION organisation_history_contact(p_werkplaats uuid, p_organisation uuid)
    RETURNS uuid
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_contact uuid;
BEGIN
    SELECT id INTO v_contact FROM organisation_contact
    WHERE werkplaats_id = p_werkplaats AND organisation_id = p_organisation AND email = 'historie@import.invalid';
    IF v_contact IS NULL THEN
        v_contact := gen_random_uuid();
        INSERT INTO organisation_contact (id, werkplaats_id, organisation_id, name, email, role)
        VALUES (v_contact, p_werkplaats, p_organisation, 'Onbekend (historische import)', 'historie@import.invalid',
            'historische import');
    END IF;
    RETURN v_contact;
END
$$;
--rollback DROP FUNCTION organisation_history_contact(uuid, uuid); DROP FUNCTION organisation_ids_by_kvk(varchar[]);

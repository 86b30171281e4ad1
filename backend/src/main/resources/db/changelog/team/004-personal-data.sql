--liquibase formatted sql

--changeset team:30 splitStatements:false
--comment: The privacy desk's view of, and erasure in, the team memberships with an email address: name, address and phone go, also from the record of team changes; the membership (the account's permissions) stays until an admin removes it.
CREATE FUNCTION membership_personal_data(p_email varchar)
    RETURNS jsonb
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
BEGIN
    IF NOT app_national_read() THEN
        RAISE EXCEPTION 'only the privacy desk (a national reader) reads or erases a person''s data'
            USING ERRCODE = '42501';
    END IF;
    RETURN (SELECT coalesce(jsonb_agg(jsonb_build_object('id', m.id, 'werkplaats', w.slug, 'werkplaatsId', w.id, 'role', m.role,
            'name', m.name, 'email', m.email, 'phone', m.phone, 'createdAt', m.created_at,
            'acceptedAt', m.accepted_at) ORDER BY m.created_at), '[]'::jsonb)
        FROM membership m JOIN werkplaats w ON w.id = m.werkplaats_id
        WHERE lower(m.email) = lower(p_email));
END
$$;
REVOKE ALL ON FUNCTION membership_personal_data(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION membership_personal_data(varchar) TO ${app_role};

CREATE FUNCTION membership_erase_personal_data(p_email varchar, p_pseudonym varchar)
    RETURNS integer
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    erased integer;
BEGIN
    IF NOT app_national_read() THEN
        RAISE EXCEPTION 'only the privacy desk (a national reader) reads or erases a person''s data'
            USING ERRCODE = '42501';
    END IF;
    UPDATE team_change t SET member_name = '(verwijderd)'
    FROM membership m WHERE m.id = t.membership_id AND lower(m.email) = lower(p_email);
    UPDATE membership SET name = '(verwijderd)', email = NULL, phone = NULL, version = version + 1
    WHERE lower(email) = lower(p_email);
    GET DIAGNOSTICS erased = ROW_COUNT;
    RETURN erased;
END
$$;
REVOKE ALL ON FUNCTION membership_erase_personal_data(varchar, varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION membership_erase_personal_data(varchar, varchar) TO ${app_role};
--rollback DROP FUNCTION membership_erase_personal_data(varchar, varchar); DROP FUNCTION membership_personal_data(varchar);

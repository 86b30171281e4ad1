--liquibase formatted sql

--changeset organisation:30 splitStatements:false
--comment: The privacy desk's view of, and erasure in, the contacts with an email address and their consents (any werkplaats): the person's details go and every consent is withdrawn; the contact record stays, so its intakes still count. Runs last of the stores: the others find the person through these contacts.
CREATE FUNCTION contact_personal_data(p_email varchar)
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
    RETURN (SELECT coalesce(jsonb_agg(jsonb_build_object('id', c.id, 'werkplaats', w.slug, 'werkplaatsId', w.id, 'organisation', o.name,
            'kvkNumber', o.kvk_number, 'name', c.name, 'email', c.email, 'phone', c.phone, 'role', c.role,
            'createdAt', c.created_at, 'consents', (SELECT coalesce(jsonb_agg(jsonb_build_object('purpose', k.purpose,
                'textVersion', k.text_version, 'givenAt', k.given_at, 'withdrawnAt', k.withdrawn_at)
                ORDER BY k.given_at), '[]'::jsonb) FROM consent k WHERE k.contact_id = c.id)) ORDER BY c.created_at),
            '[]'::jsonb)
        FROM organisation_contact c JOIN werkplaats w ON w.id = c.werkplaats_id
        JOIN organisation o ON o.id = c.organisation_id
        WHERE lower(c.email) = lower(p_email));
END
$$;
REVOKE ALL ON FUNCTION contact_personal_data(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION contact_personal_data(varchar) TO ${app_role};

CREATE FUNCTION contact_erase_personal_data(p_email varchar, p_pseudonym varchar)
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
    UPDATE consent k SET withdrawn_at = now()
    FROM organisation_contact c WHERE c.id = k.contact_id AND k.withdrawn_at IS NULL AND lower(c.email) = lower(p_email);
    UPDATE organisation_contact SET name = '(verwijderd)', email = 'verwijderd@invalid', phone = NULL, role = NULL,
        version = version + 1
    WHERE lower(email) = lower(p_email);
    GET DIAGNOSTICS erased = ROW_COUNT;
    RETURN erased;
END
$$;
REVOKE ALL ON FUNCTION contact_erase_personal_data(varchar, varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION contact_erase_personal_data(varchar, varchar) TO ${app_role};
--rollback DROP FUNCTION contact_erase_personal_data(varchar, varchar); DROP FUNCTION contact_personal_data(varchar);

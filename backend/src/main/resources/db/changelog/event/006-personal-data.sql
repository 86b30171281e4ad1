--liquibase formatted sql

--changeset event:30 splitStatements:false
--comment: The privacy desk's view of, and erasure in, the event registrations with an email address: the name, organisation name and address go (the address becomes the erasure's pseudonym, one per person); attendance and the KVK number stay, as the KPIs count them.
CREATE FUNCTION event_personal_data(p_email varchar)
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
    RETURN (SELECT coalesce(jsonb_agg(jsonb_build_object('id', g.id, 'werkplaats', w.slug, 'werkplaatsId', w.id, 'event', e.title,
            'startsAt', e.starts_at, 'name', g.name, 'email', g.email, 'organisationName', g.organisation_name,
            'kvkNumber', g.kvk_number, 'attended', g.attended, 'registeredAt', g.registered_at,
            'consentGivenAt', g.consent_given_at) ORDER BY g.registered_at), '[]'::jsonb)
        FROM event_registration g JOIN event e ON e.id = g.event_id JOIN werkplaats w ON w.id = g.werkplaats_id
        WHERE lower(g.email) = lower(p_email));
END
$$;
REVOKE ALL ON FUNCTION event_personal_data(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION event_personal_data(varchar) TO ${app_role};

CREATE FUNCTION event_erase_personal_data(p_email varchar, p_pseudonym varchar)
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
    UPDATE event_registration SET name = '(verwijderd)', email = p_pseudonym, organisation_name = NULL,
        version = version + 1
    WHERE lower(email) = lower(p_email);
    GET DIAGNOSTICS erased = ROW_COUNT;
    RETURN erased;
END
$$;
REVOKE ALL ON FUNCTION event_erase_personal_data(varchar, varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION event_erase_personal_data(varchar, varchar) TO ${app_role};
--rollback DROP FUNCTION event_erase_personal_data(varchar, varchar); DROP FUNCTION event_personal_data(varchar);

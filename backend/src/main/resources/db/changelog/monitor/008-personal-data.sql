--liquibase formatted sql

--changeset monitor:30 splitStatements:false
--comment: The privacy desk's view of, and erasure in, the monitor: the invitations to the contacts and registrations with an email address and the responses to them. Free texts go and the invitations forget the person; the chosen answers stay, anonymous, as the monitor's results and the KPIs count them.
CREATE FUNCTION monitor_personal_data(p_email varchar)
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
    RETURN (SELECT coalesce(jsonb_agg(jsonb_build_object('id', r.id, 'instrument', r.instrument, 'werkplaatsId', r.werkplaats_id,
            'invitation', n.id, 'answers', (SELECT coalesce(jsonb_agg(jsonb_build_object('question', a.question_key,
                'values', a.answer_values, 'text', a.text) ORDER BY a.question_key), '[]'::jsonb)
                FROM monitor_answer a WHERE a.response_id = r.id)) ORDER BY r.id), '[]'::jsonb)
        FROM monitor_invitation n JOIN monitor_response r ON r.invitation_id = n.id
        WHERE n.contact_id IN (SELECT id FROM organisation_contact WHERE lower(email) = lower(p_email))
           OR n.registration_id IN (SELECT id FROM event_registration WHERE lower(email) = lower(p_email)));
END
$$;
REVOKE ALL ON FUNCTION monitor_personal_data(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION monitor_personal_data(varchar) TO ${app_role};

CREATE FUNCTION monitor_erase_personal_data(p_email varchar, p_pseudonym varchar)
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
    UPDATE monitor_answer a SET text = NULL
    FROM monitor_response r JOIN monitor_invitation n ON n.id = r.invitation_id
    WHERE a.response_id = r.id AND a.text IS NOT NULL
      AND (n.contact_id IN (SELECT id FROM organisation_contact WHERE lower(email) = lower(p_email))
        OR n.registration_id IN (SELECT id FROM event_registration WHERE lower(email) = lower(p_email)));
    UPDATE monitor_invitation n SET contact_id = NULL, registration_id = NULL, token_hash = NULL,
        status = CASE WHEN n.status = 'ANSWERED' THEN n.status ELSE 'NO_CONSENT' END, version = n.version + 1
    WHERE n.contact_id IN (SELECT id FROM organisation_contact WHERE lower(email) = lower(p_email))
       OR n.registration_id IN (SELECT id FROM event_registration WHERE lower(email) = lower(p_email));
    GET DIAGNOSTICS erased = ROW_COUNT;
    RETURN erased;
END
$$;
REVOKE ALL ON FUNCTION monitor_erase_personal_data(varchar, varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION monitor_erase_personal_data(varchar, varchar) TO ${app_role};
--rollback DROP FUNCTION monitor_erase_personal_data(varchar, varchar); DROP FUNCTION monitor_personal_data(varchar);

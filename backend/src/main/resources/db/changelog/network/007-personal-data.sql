--liquibase formatted sql

--changeset network:30 splitStatements:false
--comment: The privacy desk's view of, and erasure in, the referrals of the intakes of the contacts with an email address, sent or received: the question and notes go, the referral and its status stay (the KPIs count referrals made and accepted).
CREATE FUNCTION referral_personal_data(p_email varchar)
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
    RETURN (SELECT coalesce(jsonb_agg(jsonb_build_object('id', r.id, 'from', f.slug, 'werkplaatsId', r.werkplaats_id, 'status', r.status,
            'question', r.question, 'note', r.note, 'declineReason', r.decline_reason) ORDER BY r.id), '[]'::jsonb)
        FROM referral r JOIN werkplaats f ON f.id = r.werkplaats_id
        WHERE EXISTS (SELECT 1 FROM intake i JOIN organisation_contact c ON c.werkplaats_id = i.werkplaats_id
            AND c.id = i.contact_id WHERE i.id IN (r.intake_id, r.received_intake_id)
            AND lower(c.email) = lower(p_email)));
END
$$;
REVOKE ALL ON FUNCTION referral_personal_data(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION referral_personal_data(varchar) TO ${app_role};

CREATE FUNCTION referral_erase_personal_data(p_email varchar, p_pseudonym varchar)
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
    UPDATE referral r SET question = '(verwijderd)', note = NULL,
        decline_reason = CASE WHEN r.decline_reason IS NOT NULL THEN '(verwijderd)' END, version = r.version + 1
    WHERE EXISTS (SELECT 1 FROM intake i JOIN organisation_contact c ON c.werkplaats_id = i.werkplaats_id
        AND c.id = i.contact_id WHERE i.id IN (r.intake_id, r.received_intake_id) AND lower(c.email) = lower(p_email));
    GET DIAGNOSTICS erased = ROW_COUNT;
    RETURN erased;
END
$$;
REVOKE ALL ON FUNCTION referral_erase_personal_data(varchar, varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION referral_erase_personal_data(varchar, varchar) TO ${app_role};
--rollback DROP FUNCTION referral_erase_personal_data(varchar, varchar); DROP FUNCTION referral_personal_data(varchar);

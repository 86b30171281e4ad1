--liquibase formatted sql

--changeset intake:30 splitStatements:false
--comment: The privacy desk's view of, and erasure in, the intakes of the contacts with an email address (any werkplaats): the free texts go, the intake stays, so what the KPIs count (an intake of a KVK number on a day) does not change.
CREATE FUNCTION intake_personal_data(p_email varchar)
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
    RETURN (SELECT coalesce(jsonb_agg(jsonb_build_object('id', i.id, 'werkplaats', w.slug, 'werkplaatsId', w.id, 'reference', i.reference,
            'submittedAt', i.submitted_at, 'status', i.status, 'question', i.question, 'reason', i.reason,
            'foundViaOther', i.found_via_other, 'articulatedQuestion', i.articulated_question,
            'internalNotes', i.internal_notes, 'closingReason', i.closing_reason,
            'proposedOrganisationName', i.proposed_organisation_name, 'digitalMaturity', i.digital_maturity)
            ORDER BY i.submitted_at), '[]'::jsonb)
        FROM intake i
        JOIN organisation_contact c ON c.werkplaats_id = i.werkplaats_id AND c.id = i.contact_id
        JOIN werkplaats w ON w.id = i.werkplaats_id
        WHERE lower(c.email) = lower(p_email));
END
$$;
REVOKE ALL ON FUNCTION intake_personal_data(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION intake_personal_data(varchar) TO ${app_role};

CREATE FUNCTION intake_erase_personal_data(p_email varchar, p_pseudonym varchar)
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
    UPDATE intake i SET question = '(verwijderd)', reason = NULL,
        found_via_other = CASE WHEN i.found_via = 'OTHER' THEN '(verwijderd)' END, articulated_question = NULL,
        internal_notes = NULL, closing_reason = CASE WHEN i.closing_reason IS NOT NULL THEN '(verwijderd)' END,
        proposed_organisation_name = NULL, updated_at = now(), version = i.version + 1
    FROM organisation_contact c
    WHERE c.werkplaats_id = i.werkplaats_id AND c.id = i.contact_id AND lower(c.email) = lower(p_email);
    GET DIAGNOSTICS erased = ROW_COUNT;
    RETURN erased;
END
$$;
REVOKE ALL ON FUNCTION intake_erase_personal_data(varchar, varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION intake_erase_personal_data(varchar, varchar) TO ${app_role};
--rollback DROP FUNCTION intake_erase_personal_data(varchar, varchar); DROP FUNCTION intake_personal_data(varchar);

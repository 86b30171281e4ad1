--liquibase formatted sql

--changeset intake:31 splitStatements:false
--comment: Retention: the contacts whose intakes have all been closed since before the cutoff lose their details (every consent withdrawn, monitor invitations forget them); the intakes stay, so the KPIs do not change. Owner rights, as the platform's nightly job works across werkplaatsen; it erases only what is past its term.
CREATE FUNCTION intake_erase_expired_contacts(p_closed_before timestamptz)
    RETURNS integer
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    erased integer;
BEGIN
    CREATE TEMPORARY TABLE expired_contact ON COMMIT DROP AS
        SELECT c.id FROM organisation_contact c
        WHERE c.email <> 'verwijderd@invalid'
          AND EXISTS (SELECT 1 FROM intake i WHERE i.werkplaats_id = c.werkplaats_id AND i.contact_id = c.id)
          AND NOT EXISTS (SELECT 1 FROM intake i WHERE i.werkplaats_id = c.werkplaats_id AND i.contact_id = c.id
              AND (i.closed_at IS NULL OR i.closed_at >= p_closed_before));
    UPDATE consent SET withdrawn_at = now()
    WHERE withdrawn_at IS NULL AND contact_id IN (SELECT id FROM expired_contact);
    UPDATE monitor_invitation SET contact_id = NULL, token_hash = NULL,
        status = CASE WHEN status = 'ANSWERED' THEN status ELSE 'NO_CONSENT' END, version = version + 1
    WHERE contact_id IN (SELECT id FROM expired_contact);
    UPDATE organisation_contact SET name = '(verwijderd)', email = 'verwijderd@invalid', phone = NULL, role = NULL,
        version = version + 1
    WHERE id IN (SELECT id FROM expired_contact);
    GET DIAGNOSTICS erased = ROW_COUNT;
    DROP TABLE expired_contact;
    RETURN erased;
END
$$;
REVOKE ALL ON FUNCTION intake_erase_expired_contacts(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION intake_erase_expired_contacts(timestamptz) TO ${app_role};
--rollback DROP FUNCTION intake_erase_expired_contacts(timestamptz);

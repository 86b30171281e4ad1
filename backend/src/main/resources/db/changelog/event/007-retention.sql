--liquibase formatted sql

--changeset event:31 splitStatements:false
--comment: Retention: registrations of events that started before the cutoff lose the person's name, organisation name and address (each its own pseudonym, so the once-per-address rule holds); attendance and the KVK number stay for the KPIs, and survey invitations forget the person. Owner rights, for the platform's nightly job across werkplaatsen; it erases only what is past its term.
CREATE FUNCTION event_erase_past_registrations(p_started_before timestamptz)
    RETURNS integer
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    erased integer;
BEGIN
    UPDATE monitor_invitation n SET registration_id = NULL, token_hash = NULL,
        status = CASE WHEN n.status = 'ANSWERED' THEN n.status ELSE 'NO_CONSENT' END, version = n.version + 1
    FROM event_registration g JOIN event e ON e.id = g.event_id
    WHERE n.registration_id = g.id AND e.starts_at < p_started_before AND g.email NOT LIKE 'verwijderd-%@invalid';
    UPDATE event_registration g SET name = '(verwijderd)', email = 'verwijderd-' || g.id || '@invalid',
        organisation_name = NULL, version = g.version + 1
    FROM event e
    WHERE e.id = g.event_id AND e.starts_at < p_started_before AND g.email NOT LIKE 'verwijderd-%@invalid';
    GET DIAGNOSTICS erased = ROW_COUNT;
    RETURN erased;
END
$$;
REVOKE ALL ON FUNCTION event_erase_past_registrations(timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION event_erase_past_registrations(timestamptz) TO ${app_role};
--rollback DROP FUNCTION event_erase_past_registrations(timestamptz);

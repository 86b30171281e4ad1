--liquibase formatted sql

--changeset platform:13 splitStatements:false
--comment: Audit entries are written through one function, for the werkplaats whose record it is (not only the one the work acts for: a receiver answers the sender's referral, an invitee accepts before being a member, the privacy desk erases nationally). Owner rights; the application's role keeps reading under row-level security and loses INSERT, so the log is append-only through this function alone.
CREATE FUNCTION audit_record(p_werkplaats_id uuid, p_subject varchar, p_caller_kind varchar, p_role varchar,
        p_client_id varchar, p_entity_type varchar, p_entity_ids uuid[], p_action varchar, p_fields varchar[],
        p_request_id varchar)
    RETURNS integer
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    werkplaats uuid := coalesce(p_werkplaats_id, app_current_werkplaats());
    recorded integer;
BEGIN
    IF werkplaats IS NULL THEN
        RETURN 0;
    END IF;
    INSERT INTO audit_entry (id, werkplaats_id, subject, caller_kind, role, client_id, entity_type, entity_id, action,
            fields, request_id, occurred_at)
        SELECT gen_random_uuid(), werkplaats, p_subject, p_caller_kind, p_role, p_client_id, p_entity_type, id,
            p_action, coalesce(p_fields, '{}'), p_request_id, now()
        FROM unnest(p_entity_ids) AS id;
    GET DIAGNOSTICS recorded = ROW_COUNT;
    RETURN recorded;
END
$$;
REVOKE ALL ON FUNCTION audit_record(uuid, varchar, varchar, varchar, varchar, varchar, uuid[], varchar, varchar[],
    varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION audit_record(uuid, varchar, varchar, varchar, varchar, varchar, uuid[], varchar, varchar[],
    varchar) TO ${app_role};
REVOKE INSERT ON audit_entry FROM ${app_role};
--rollback GRANT INSERT ON audit_entry TO ${app_role}; DROP FUNCTION audit_record(uuid, varchar, varchar, varchar, varchar, varchar, uuid[], varchar, varchar[], varchar);

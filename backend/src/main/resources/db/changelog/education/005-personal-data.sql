--liquibase formatted sql

--changeset education:30 splitStatements:false
--comment: The privacy desk's view of, and erasure in, the students with an email address: the name goes and the address becomes the erasure's pseudonym (one per person), so a student on trajecten of several werkplaatsen is still counted once.
CREATE FUNCTION student_personal_data(p_email varchar)
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
    RETURN (SELECT coalesce(jsonb_agg(jsonb_build_object('id', s.id, 'werkplaats', w.slug, 'werkplaatsId', w.id, 'name', s.name,
            'email', s.email, 'createdAt', s.created_at) ORDER BY s.created_at), '[]'::jsonb)
        FROM student s JOIN werkplaats w ON w.id = s.werkplaats_id
        WHERE lower(s.email) = lower(p_email));
END
$$;
REVOKE ALL ON FUNCTION student_personal_data(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION student_personal_data(varchar) TO ${app_role};

CREATE FUNCTION student_erase_personal_data(p_email varchar, p_pseudonym varchar)
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
    UPDATE student SET name = '(verwijderd)', email = p_pseudonym, version = version + 1
    WHERE lower(email) = lower(p_email);
    GET DIAGNOSTICS erased = ROW_COUNT;
    RETURN erased;
END
$$;
REVOKE ALL ON FUNCTION student_erase_personal_data(varchar, varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION student_erase_personal_data(varchar, varchar) TO ${app_role};
--rollback DROP FUNCTION student_erase_personal_data(varchar, varchar); DROP FUNCTION student_personal_data(varchar);

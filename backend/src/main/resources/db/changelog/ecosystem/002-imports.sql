--liquibase formatted sql

--changeset ecosystem:2
--comment: The history of ecosystem map imports: who ran each, its progress while it runs (updated from its own transactions, so readable before the import commits) and its outcome with the errors found.
CREATE TABLE ecosystem_import (
    id                 uuid         PRIMARY KEY,
    dry_run            boolean      NOT NULL,
    status             varchar(12)  NOT NULL CHECK (status IN ('RUNNING', 'COMPLETED', 'VALIDATED', 'REJECTED', 'FAILED')),
    phase              varchar(12)  NOT NULL CHECK (phase IN ('COUNTING', 'VALIDATING', 'WRITING', 'DONE')),
    started_by_subject varchar(64)  NOT NULL,
    started_by_name    varchar(200) NOT NULL,
    started_at         timestamptz  NOT NULL,
    heartbeat_at       timestamptz  NOT NULL,
    finished_at        timestamptz,
    rows_total         integer      CHECK (rows_total >= 0),
    rows_done          integer      NOT NULL DEFAULT 0 CHECK (rows_done >= 0),
    initiatives        integer      CHECK (initiatives >= 0),
    activities         integer      CHECK (activities >= 0),
    providers          integer      CHECK (providers >= 0),
    error_count        integer      NOT NULL DEFAULT 0,
    -- At most the first thousand errors, as [{file, line, column, message}].
    errors             jsonb        NOT NULL DEFAULT '[]'
);
CREATE INDEX ecosystem_import_recent ON ecosystem_import (started_at DESC, id DESC);

GRANT SELECT, INSERT, UPDATE ON ecosystem_import TO ${app_role};
--rollback DROP TABLE ecosystem_import;

--changeset ecosystem:3 splitStatements:false
--comment: Removes initiatives from the map; one that something still points to (a referral, through a restricting foreign key) is archived instead, leaving the lists with its activities and providers, so that what points to it stays true. Tries all at once and falls back to one by one only when something points to one of them. Runs as the caller.
CREATE FUNCTION ecosystem_remove_initiatives(p_ids uuid[])
    RETURNS TABLE (removed integer, archived integer)
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_id uuid;
    v_removed integer := 0;
    v_archived integer := 0;
BEGIN
    BEGIN
        DELETE FROM initiative WHERE id = ANY (p_ids);
        GET DIAGNOSTICS v_removed = ROW_COUNT;
        RETURN QUERY SELECT v_removed, 0;
        RETURN;
    EXCEPTION WHEN foreign_key_violation THEN
        v_removed := 0;
    END;
    FOREACH v_id IN ARRAY p_ids LOOP
        BEGIN
            DELETE FROM initiative WHERE id = v_id;
            v_removed := v_removed + 1;
        EXCEPTION WHEN foreign_key_violation THEN
            DELETE FROM ecosystem_activity WHERE initiative_id = v_id;
            DELETE FROM initiative_provider WHERE initiative_id = v_id;
            UPDATE initiative SET archived_at = coalesce(archived_at, now()), updated_at = now(), version = version + 1
            WHERE id = v_id;
            v_archived := v_archived + 1;
        END;
    END LOOP;
    RETURN QUERY SELECT v_removed, v_archived;
END
$$;
GRANT EXECUTE ON FUNCTION ecosystem_remove_initiatives(uuid[]) TO ${app_role};
--rollback DROP FUNCTION ecosystem_remove_initiatives(uuid[]);

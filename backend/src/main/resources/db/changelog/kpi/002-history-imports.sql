--liquibase formatted sql

--changeset kpi:2
--comment: The history of a werkplaats's imports from its own spreadsheets: who ran each, its progress while it runs (updated from transactions of its own, so readable before the import commits) and its outcome with the errors found. Tenant-owned.
CREATE TABLE history_import (
    id                 uuid         PRIMARY KEY,
    werkplaats_id      uuid         NOT NULL REFERENCES werkplaats (id),
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
    -- The lines read per part, as {part: lines}.
    counts             jsonb        NOT NULL DEFAULT '{}',
    error_count        integer      NOT NULL DEFAULT 0,
    -- At most the first thousand errors, as [{part, line, column, message}].
    errors             jsonb        NOT NULL DEFAULT '[]',
    UNIQUE (werkplaats_id, id)
);
CREATE INDEX history_import_recent ON history_import (werkplaats_id, started_at DESC, id DESC);

ALTER TABLE history_import ENABLE ROW LEVEL SECURITY;
ALTER TABLE history_import FORCE ROW LEVEL SECURITY;
CREATE POLICY history_import_tenant ON history_import
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY history_import_national_read ON history_import FOR SELECT
    USING (app_national_read());
GRANT SELECT, INSERT, UPDATE ON history_import TO ${app_role};
--rollback DROP TABLE history_import;

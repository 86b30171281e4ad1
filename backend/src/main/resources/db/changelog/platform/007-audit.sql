--liquibase formatted sql

--changeset platform:12
--comment: The audit log: who (subject, kind of caller, role, werkplaats, client) did what (created, updated, deleted, read; the type and id of the record; the names of the fields written, never their values) when, from which request. Tenant-owned with forced row-level security; append-only for the application's role (it may insert and read, never change or delete).
CREATE TABLE audit_entry (
    id            uuid PRIMARY KEY,
    werkplaats_id uuid         NOT NULL REFERENCES werkplaats (id),
    subject       varchar(255),
    caller_kind   varchar(16)  NOT NULL CHECK (caller_kind IN ('PERSON', 'FRONTEND_CLIENT', 'ANONYMOUS', 'SYSTEM')),
    role          varchar(16),
    client_id     varchar(255),
    entity_type   varchar(40)  NOT NULL,
    entity_id     uuid         NOT NULL,
    action        varchar(8)   NOT NULL CHECK (action IN ('CREATED', 'UPDATED', 'DELETED', 'READ')),
    fields        varchar(64)[] NOT NULL DEFAULT '{}',
    request_id    varchar(100),
    occurred_at   timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (werkplaats_id, id)
);
CREATE INDEX audit_entry_newest ON audit_entry (werkplaats_id, occurred_at DESC, id DESC);
CREATE INDEX audit_entry_national ON audit_entry (occurred_at DESC, id DESC);
CREATE INDEX audit_entry_entity ON audit_entry (entity_id);
CREATE INDEX audit_entry_subject ON audit_entry (subject);
ALTER TABLE audit_entry ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_entry FORCE ROW LEVEL SECURITY;
CREATE POLICY audit_entry_tenant ON audit_entry
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY audit_entry_national_read ON audit_entry FOR SELECT
    USING (app_national_read());
GRANT SELECT, INSERT ON audit_entry TO ${app_role};
--rollback DROP TABLE audit_entry;

--liquibase formatted sql

--changeset werkplaats:3
--comment: Every change to a werkplaats's team: who, when, what. Tenant-owned; kept after the member is gone.
CREATE TABLE team_change (
    id            uuid PRIMARY KEY,
    werkplaats_id uuid         NOT NULL REFERENCES werkplaats (id),
    membership_id uuid         NOT NULL,
    member_name   varchar(200) NOT NULL,
    action        varchar(16)  NOT NULL CHECK (action IN ('ROLE_CHANGED', 'REMOVED')),
    old_role      varchar(16)  CHECK (old_role IN ('ADMIN', 'COORDINATOR', 'TEACHER', 'EXPERT', 'STUDENT')),
    new_role      varchar(16)  CHECK (new_role IN ('ADMIN', 'COORDINATOR', 'TEACHER', 'EXPERT', 'STUDENT')),
    actor_subject varchar(255) NOT NULL,
    changed_at    timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (werkplaats_id, id)
);
CREATE INDEX team_change_latest ON team_change (werkplaats_id, changed_at DESC, id DESC);
ALTER TABLE team_change ENABLE ROW LEVEL SECURITY;
ALTER TABLE team_change FORCE ROW LEVEL SECURITY;
CREATE POLICY team_change_tenant ON team_change
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY team_change_national_read ON team_change FOR SELECT
    USING (app_national_read());
GRANT SELECT, INSERT ON team_change TO ${app_role};
--rollback DROP TABLE team_change;

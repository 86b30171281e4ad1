--liquibase formatted sql

--changeset platform:7
--comment: A werkplaats has a confidential portal client and a public browser client; archiving disables both.
ALTER TABLE frontend_client ADD COLUMN kind varchar(16) NOT NULL DEFAULT 'PORTAL' CHECK (kind IN ('PORTAL', 'BROWSER'));
CREATE UNIQUE INDEX frontend_client_one_per_kind ON frontend_client (werkplaats_id, kind) WHERE enabled;
--rollback DROP INDEX frontend_client_one_per_kind; ALTER TABLE frontend_client DROP COLUMN kind;

--changeset platform:8
--comment: Anyone may look a client up (before a tenant is known), but only a transaction acting for its werkplaats binds or disables it.
ALTER TABLE frontend_client ENABLE ROW LEVEL SECURITY;
ALTER TABLE frontend_client FORCE ROW LEVEL SECURITY;
CREATE POLICY frontend_client_lookup ON frontend_client FOR SELECT
    USING (true);
CREATE POLICY frontend_client_bind ON frontend_client FOR INSERT
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY frontend_client_change ON frontend_client FOR UPDATE
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
--rollback DROP POLICY frontend_client_change ON frontend_client; DROP POLICY frontend_client_bind ON frontend_client; DROP POLICY frontend_client_lookup ON frontend_client; ALTER TABLE frontend_client DISABLE ROW LEVEL SECURITY;

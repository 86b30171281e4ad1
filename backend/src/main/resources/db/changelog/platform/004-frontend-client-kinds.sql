--liquibase formatted sql

--changeset platform:7
--comment: A werkplaats has a confidential portal client and a public browser client; archiving disables both.
ALTER TABLE frontend_client ADD COLUMN kind varchar(16) NOT NULL DEFAULT 'PORTAL' CHECK (kind IN ('PORTAL', 'BROWSER'));
CREATE UNIQUE INDEX frontend_client_one_per_kind ON frontend_client (werkplaats_id, kind) WHERE enabled;
--rollback DROP INDEX frontend_client_one_per_kind; ALTER TABLE frontend_client DROP COLUMN kind;

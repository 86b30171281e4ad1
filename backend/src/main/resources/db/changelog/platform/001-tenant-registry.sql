--liquibase formatted sql

--changeset platform:1
--comment: The werkplaats the current transaction acts for, or null: policies comparing with null fail closed.
CREATE FUNCTION app_current_werkplaats() RETURNS uuid
    LANGUAGE sql STABLE
    AS $$ SELECT NULLIF(current_setting('app.werkplaats', true), '')::uuid $$;

CREATE FUNCTION app_current_subject() RETURNS text
    LANGUAGE sql STABLE
    AS $$ SELECT NULLIF(current_setting('app.subject', true), '') $$;

CREATE FUNCTION app_national_read() RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT coalesce(current_setting('app.national', true), '') = 'read' $$;

GRANT EXECUTE ON FUNCTION app_current_werkplaats(), app_current_subject(), app_national_read() TO ${app_role};
--rollback DROP FUNCTION app_national_read(); DROP FUNCTION app_current_subject(); DROP FUNCTION app_current_werkplaats();

--changeset platform:2
--comment: The tenant registry: every werkplaats, its identity, region, contact and branding (national, no RLS).
CREATE TABLE werkplaats (
    id               uuid PRIMARY KEY,
    slug             varchar(63)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name             varchar(200) NOT NULL CHECK (length(btrim(name)) > 0),
    status           varchar(16)  NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'ARCHIVED')),
    provinces        varchar(16)[] NOT NULL DEFAULT '{}' CHECK (provinces <@ ARRAY['GRONINGEN', 'FRIESLAND', 'DRENTHE',
        'OVERIJSSEL', 'FLEVOLAND', 'GELDERLAND', 'UTRECHT', 'NOORD_HOLLAND', 'ZUID_HOLLAND', 'ZEELAND', 'NOORD_BRABANT',
        'LIMBURG']::varchar[]),
    gemeenten        varchar(100)[] NOT NULL DEFAULT '{}',
    contact_email    varchar(254),
    contact_phone    varchar(40),
    contact_address  varchar(300),
    display_name     varchar(200),
    logo_url         varchar(2000),
    primary_color    varchar(7) CHECK (primary_color ~ '^#[0-9A-Fa-f]{6}$'),
    secondary_color  varchar(7) CHECK (secondary_color ~ '^#[0-9A-Fa-f]{6}$'),
    tagline          varchar(300),
    website          varchar(2000),
    custom_domain    varchar(253),
    demo             boolean      NOT NULL DEFAULT false,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    archived_at      timestamptz,
    version          bigint       NOT NULL DEFAULT 0
);
CREATE INDEX werkplaats_status_name ON werkplaats (status, name, id);

GRANT SELECT, INSERT, UPDATE ON werkplaats TO ${app_role};
--rollback DROP TABLE werkplaats;

--changeset platform:3
--comment: Memberships (subject, role, werkplaats): tenant-owned; a caller may also read their own.
CREATE TABLE membership (
    id            uuid PRIMARY KEY,
    werkplaats_id uuid         NOT NULL REFERENCES werkplaats (id),
    subject       varchar(255) NOT NULL,
    role          varchar(16)  NOT NULL CHECK (role IN ('ADMIN', 'COORDINATOR', 'TEACHER', 'EXPERT', 'STUDENT')),
    name          varchar(200) NOT NULL,
    email         varchar(254),
    phone         varchar(40),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0,
    UNIQUE (werkplaats_id, subject),
    UNIQUE (werkplaats_id, id)
);
CREATE INDEX membership_subject ON membership (subject);
CREATE INDEX membership_team_order ON membership (werkplaats_id, name, id);

ALTER TABLE membership ENABLE ROW LEVEL SECURITY;
ALTER TABLE membership FORCE ROW LEVEL SECURITY;
CREATE POLICY membership_tenant ON membership
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY membership_own_read ON membership FOR SELECT
    USING (subject = app_current_subject());
CREATE POLICY membership_national_read ON membership FOR SELECT
    USING (app_national_read());

GRANT SELECT, INSERT, UPDATE, DELETE ON membership TO ${app_role};
--rollback DROP TABLE membership;

--changeset platform:4
--comment: Frontend clients (Keycloak client ids) bound to their werkplaats; looked up before any tenant is known.
CREATE TABLE frontend_client (
    client_id     varchar(255) PRIMARY KEY,
    werkplaats_id uuid        NOT NULL REFERENCES werkplaats (id),
    enabled       boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX frontend_client_werkplaats ON frontend_client (werkplaats_id);

GRANT SELECT, INSERT, UPDATE ON frontend_client TO ${app_role};
--rollback DROP TABLE frontend_client;

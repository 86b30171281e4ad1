--liquibase formatted sql

--changeset ecosystem:1
--comment: The ecosystem map of the Regioscan as national data (no werkplaats owns it; everybody reads it, network coordinators write it): initiatives, their activities in the Regioscan's typologies, and the providers behind them. Ids from an import file are kept as import keys.
CREATE TABLE initiative (
    id          uuid PRIMARY KEY,
    import_key  varchar(64)  UNIQUE,
    name        varchar(300) NOT NULL CHECK (length(btrim(name)) > 0),
    province    varchar(16)  CHECK (province IN ('GRONINGEN', 'FRIESLAND', 'DRENTHE', 'OVERIJSSEL', 'FLEVOLAND',
        'GELDERLAND', 'UTRECHT', 'NOORD_HOLLAND', 'ZUID_HOLLAND', 'ZEELAND', 'NOORD_BRABANT', 'LIMBURG')),
    description text         NOT NULL DEFAULT '' CHECK (length(description) <= 10000),
    archived_at timestamptz,
    created_at  timestamptz  NOT NULL DEFAULT now(),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    version     bigint       NOT NULL DEFAULT 0
);
CREATE INDEX initiative_by_name ON initiative (name, id) WHERE archived_at IS NULL;

CREATE TABLE ecosystem_activity (
    id                  uuid PRIMARY KEY,
    import_key          varchar(64)  UNIQUE,
    initiative_id       uuid         NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    archetype           varchar(40)  NOT NULL CHECK (archetype IN ('SIGNALLING', 'NETWORKING_AND_COORDINATION',
        'SHARED_FACILITIES', 'WORKING_WITH_STUDENTS', 'EDUCATION_FOR_STUDENTS', 'EDUCATION_FOR_PROFESSIONALS',
        'ADVICE_AND_CONSULTANCY', 'SUBSIDIES_AND_FINANCING', 'WORKSHOPS_AND_KNOWLEDGE_EVENTS',
        'RESEARCH_AND_DEVELOPMENT', 'SCANS_AND_ASSESSMENTS', 'KNOWLEDGE_PLATFORM')),
    province            varchar(16)  CHECK (province IN ('GRONINGEN', 'FRIESLAND', 'DRENTHE', 'OVERIJSSEL',
        'FLEVOLAND', 'GELDERLAND', 'UTRECHT', 'NOORD_HOLLAND', 'ZUID_HOLLAND', 'ZEELAND', 'NOORD_BRABANT', 'LIMBURG')),
    maturity            varchar(12)  NOT NULL CHECK (maturity IN ('LOW', 'MEDIUM', 'HIGH', 'UNSPECIFIED')),
    reach_class         varchar(8)   CHECK (reach_class IN ('LOW', 'MEDIUM', 'HIGH')),
    effort_class        varchar(8)   CHECK (effort_class IN ('LOW', 'MEDIUM', 'HIGH')),
    -- Unknown reach is null, never 0.
    reach               integer      CHECK (reach >= 0),
    title               varchar(500) NOT NULL CHECK (length(btrim(title)) > 0),
    digitalisation_form varchar(24)  CHECK (digitalisation_form IN ('DATA', 'INTELLIGENCE', 'INTERFACE', 'SERVICES',
        'SOFT_INFRASTRUCTURE', 'HARD_INFRASTRUCTURE', 'NOT_SPECIFIC')),
    obstacle            varchar(24)  CHECK (obstacle IN ('NOT_KNOWING', 'NOT_WILLING', 'NOT_ABLE',
        'QUESTION_ARTICULATION')),
    -- SBI section letters; empty means every sector.
    sectors             varchar(1)[] NOT NULL DEFAULT '{}'
);
CREATE INDEX ecosystem_activity_initiative ON ecosystem_activity (initiative_id);

CREATE TABLE provider (
    id   uuid PRIMARY KEY,
    name varchar(300) NOT NULL UNIQUE CHECK (length(btrim(name)) > 0)
);
CREATE TABLE initiative_provider (
    initiative_id uuid        NOT NULL REFERENCES initiative (id) ON DELETE CASCADE,
    provider_id   uuid        NOT NULL REFERENCES provider (id),
    role          varchar(16) NOT NULL CHECK (role IN ('INITIATOR', 'FINANCIER', 'EXECUTOR')),
    PRIMARY KEY (initiative_id, provider_id, role)
);
CREATE INDEX initiative_provider_provider ON initiative_provider (provider_id);

GRANT SELECT, INSERT, UPDATE, DELETE ON initiative, ecosystem_activity, provider, initiative_provider TO ${app_role};
--rollback DROP TABLE initiative_provider; DROP TABLE provider; DROP TABLE ecosystem_activity; DROP TABLE initiative;

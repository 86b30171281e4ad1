--liquibase formatted sql

--changeset werkplaats:1
--comment: Consortium partners of a werkplaats: public, edited by its admins.
CREATE TABLE consortium_partner (
    id              uuid PRIMARY KEY,
    werkplaats_id   uuid         NOT NULL REFERENCES werkplaats (id),
    name            varchar(200) NOT NULL CHECK (length(btrim(name)) > 0),
    kind            varchar(32)  NOT NULL CHECK (kind IN ('EDUCATION_INSTITUTION', 'INTERMEDIARY', 'GOVERNMENT', 'EXPERT_COMPANY')),
    education_level varchar(3) CHECK (education_level IN ('MBO', 'HBO', 'WO')),
    role            varchar(16)  NOT NULL CHECK (role IN ('INITIATOR', 'FUNDER', 'IMPLEMENTER')),
    position        integer      NOT NULL DEFAULT 0,
    UNIQUE (werkplaats_id, id),
    CHECK ((kind = 'EDUCATION_INSTITUTION') = (education_level IS NOT NULL))
);
CREATE INDEX consortium_partner_order ON consortium_partner (werkplaats_id, position, id);

ALTER TABLE consortium_partner ENABLE ROW LEVEL SECURITY;
ALTER TABLE consortium_partner FORCE ROW LEVEL SECURITY;
CREATE POLICY consortium_partner_tenant ON consortium_partner
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY consortium_partner_public_read ON consortium_partner FOR SELECT
    USING (true);

GRANT SELECT, INSERT, UPDATE, DELETE ON consortium_partner TO ${app_role};
--rollback DROP TABLE consortium_partner;

--changeset werkplaats:2
--comment: Yearly ambitions (targets) of a werkplaats: visible to its staff and national coordinators.
CREATE TABLE ambition (
    id               uuid PRIMARY KEY,
    werkplaats_id    uuid    NOT NULL REFERENCES werkplaats (id),
    year             integer NOT NULL CHECK (year BETWEEN 2020 AND 2100),
    reach_target     integer NOT NULL DEFAULT 0 CHECK (reach_target >= 0),
    trainings_target integer NOT NULL DEFAULT 0 CHECK (trainings_target >= 0),
    trajecten_target integer NOT NULL DEFAULT 0 CHECK (trajecten_target >= 0),
    students_target  integer NOT NULL DEFAULT 0 CHECK (students_target >= 0),
    version          bigint  NOT NULL DEFAULT 0,
    UNIQUE (werkplaats_id, year),
    UNIQUE (werkplaats_id, id)
);

ALTER TABLE ambition ENABLE ROW LEVEL SECURITY;
ALTER TABLE ambition FORCE ROW LEVEL SECURITY;
CREATE POLICY ambition_tenant ON ambition
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY ambition_national_read ON ambition FOR SELECT
    USING (app_national_read());

GRANT SELECT, INSERT, UPDATE, DELETE ON ambition TO ${app_role};
--rollback DROP TABLE ambition;

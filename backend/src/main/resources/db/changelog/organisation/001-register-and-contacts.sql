--liquibase formatted sql

--changeset organisation:1
--comment: The national KVK register: one record per KVK number. Read by national roles, and by a werkplaats only once it reaches the organisation (through an intake: see intake:2).
CREATE TABLE organisation (
    id               uuid PRIMARY KEY,
    kvk_number       varchar(8)   NOT NULL UNIQUE CHECK (kvk_number ~ '^[0-9]{8}$'),
    name             varchar(200) NOT NULL CHECK (length(btrim(name)) > 0),
    sbi_section      varchar(1) CHECK (sbi_section ~ '^[A-U]$'),
    sbi_code         varchar(5) CHECK (sbi_code ~ '^[0-9]{2,5}$'),
    size_class       varchar(8) CHECK (size_class IN ('MICRO', 'SMALL', 'MEDIUM')),
    phase            varchar(8) CHECK (phase IN ('STARTER', 'SCALE_UP', 'OTHER')),
    street           varchar(200),
    postcode         varchar(7) CHECK (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
    city             varchar(100),
    gemeente         varchar(100),
    province         varchar(16) CHECK (province IN ('GRONINGEN', 'FRIESLAND', 'DRENTHE', 'OVERIJSSEL', 'FLEVOLAND',
        'GELDERLAND', 'UTRECHT', 'NOORD_HOLLAND', 'ZUID_HOLLAND', 'ZEELAND', 'NOORD_BRABANT', 'LIMBURG')),
    digital_maturity varchar(8) CHECK (digital_maturity IN ('LOW', 'MEDIUM', 'HIGH')),
    created_at       timestamptz  NOT NULL DEFAULT now(),
    updated_at       timestamptz  NOT NULL DEFAULT now(),
    version          bigint       NOT NULL DEFAULT 0
);
ALTER TABLE organisation ENABLE ROW LEVEL SECURITY;
ALTER TABLE organisation FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_national_read ON organisation FOR SELECT
    USING (app_national_read());
GRANT SELECT ON organisation TO ${app_role};
--rollback DROP TABLE organisation;

--changeset organisation:2 splitStatements:false
--comment: Registers a KVK number once and returns its record's id, whoever registered it first; never overwrites (corrections go to staff). Runs as the owner, so a werkplaats need not see the record to reuse it; it reveals nothing but the id.
CREATE FUNCTION organisation_register(p_kvk_number varchar, p_name varchar, p_sbi_section varchar, p_sbi_code varchar,
        p_size_class varchar, p_phase varchar, p_street varchar, p_postcode varchar, p_city varchar, p_gemeente varchar,
        p_province varchar, p_digital_maturity varchar)
    RETURNS uuid
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    registered uuid;
BEGIN
    INSERT INTO organisation (id, kvk_number, name, sbi_section, sbi_code, size_class, phase, street, postcode, city,
            gemeente, province, digital_maturity)
        VALUES (gen_random_uuid(), p_kvk_number, p_name, p_sbi_section, p_sbi_code, p_size_class, p_phase, p_street,
            p_postcode, p_city, p_gemeente, p_province, p_digital_maturity)
        ON CONFLICT (kvk_number) DO NOTHING;
    SELECT id INTO registered FROM organisation WHERE kvk_number = p_kvk_number;
    RETURN registered;
END
$$;
REVOKE ALL ON FUNCTION organisation_register(varchar, varchar, varchar, varchar, varchar, varchar, varchar, varchar,
    varchar, varchar, varchar, varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION organisation_register(varchar, varchar, varchar, varchar, varchar, varchar, varchar, varchar,
    varchar, varchar, varchar, varchar) TO ${app_role};
--rollback DROP FUNCTION organisation_register(varchar, varchar, varchar, varchar, varchar, varchar, varchar, varchar, varchar, varchar, varchar, varchar);

--changeset organisation:3
--comment: What a werkplaats keeps about an organisation: its contacts (personal data), their consents, notes. Tenant-owned.
CREATE TABLE organisation_contact (
    id              uuid PRIMARY KEY,
    werkplaats_id   uuid         NOT NULL REFERENCES werkplaats (id),
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    name            varchar(200) NOT NULL CHECK (length(btrim(name)) > 0),
    email           varchar(254) NOT NULL,
    phone           varchar(40),
    role            varchar(100),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    version         bigint       NOT NULL DEFAULT 0,
    UNIQUE (werkplaats_id, id)
);
CREATE INDEX organisation_contact_organisation ON organisation_contact (werkplaats_id, organisation_id);
CREATE TABLE consent (
    id            uuid PRIMARY KEY,
    werkplaats_id uuid        NOT NULL REFERENCES werkplaats (id),
    contact_id    uuid        NOT NULL,
    purpose       varchar(24) NOT NULL CHECK (purpose IN ('INTAKE', 'EVENT_REGISTRATION', 'FOLLOW_UP_SURVEY')),
    text_version  varchar(40) NOT NULL,
    given_at      timestamptz NOT NULL,
    withdrawn_at  timestamptz CHECK (withdrawn_at >= given_at),
    UNIQUE (werkplaats_id, id),
    FOREIGN KEY (werkplaats_id, contact_id) REFERENCES organisation_contact (werkplaats_id, id)
);
CREATE INDEX consent_contact ON consent (werkplaats_id, contact_id);
CREATE TABLE organisation_note (
    id              uuid PRIMARY KEY,
    werkplaats_id   uuid         NOT NULL REFERENCES werkplaats (id),
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    author_subject  varchar(255) NOT NULL,
    body            text         NOT NULL CHECK (length(btrim(body)) BETWEEN 1 AND 5000),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (werkplaats_id, id)
);
CREATE INDEX organisation_note_organisation ON organisation_note (werkplaats_id, organisation_id, created_at);

ALTER TABLE organisation_contact ENABLE ROW LEVEL SECURITY;
ALTER TABLE organisation_contact FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_contact_tenant ON organisation_contact
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY organisation_contact_national_read ON organisation_contact FOR SELECT
    USING (app_national_read());
ALTER TABLE consent ENABLE ROW LEVEL SECURITY;
ALTER TABLE consent FORCE ROW LEVEL SECURITY;
CREATE POLICY consent_tenant ON consent
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY consent_national_read ON consent FOR SELECT
    USING (app_national_read());
ALTER TABLE organisation_note ENABLE ROW LEVEL SECURITY;
ALTER TABLE organisation_note FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_note_tenant ON organisation_note
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY organisation_note_national_read ON organisation_note FOR SELECT
    USING (app_national_read());
GRANT SELECT, INSERT, UPDATE, DELETE ON organisation_contact, consent, organisation_note TO ${app_role};
--rollback DROP TABLE organisation_note; DROP TABLE consent; DROP TABLE organisation_contact;

--changeset organisation:4 splitStatements:false
--comment: Staff accept a name correction to the register: only for an organisation one of their werkplaats's intakes names.
CREATE FUNCTION organisation_correct_name(p_organisation_id uuid, p_name varchar)
    RETURNS boolean
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM intake i WHERE i.organisation_id = p_organisation_id
            AND i.werkplaats_id = app_current_werkplaats()) THEN
        RETURN false;
    END IF;
    UPDATE organisation SET name = p_name, updated_at = now(), version = version + 1 WHERE id = p_organisation_id;
    RETURN true;
END
$$;
REVOKE ALL ON FUNCTION organisation_correct_name(uuid, varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION organisation_correct_name(uuid, varchar) TO ${app_role};
--rollback DROP FUNCTION organisation_correct_name(uuid, varchar);

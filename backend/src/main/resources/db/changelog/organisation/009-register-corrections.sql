--liquibase formatted sql

--changeset organisation:20
--comment: Corrections to the national KVK register are proposals: a werkplaats proposes (its staff, a name from an intake; or a later intake naming the KVK number with other facts than registered), network coordinators accept or reject. Nobody changes a register record directly; the first submitter fixes nothing for good. Tenant-owned by the proposing werkplaats; read nationally; the application only inserts and reads (deciding runs in organisation_correction_decide).
CREATE TABLE organisation_correction (
    id              uuid PRIMARY KEY,
    werkplaats_id   uuid         NOT NULL REFERENCES werkplaats (id),
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    source          varchar(8)   NOT NULL CHECK (source IN ('STAFF', 'INTAKE')),
    name            varchar(200) CHECK (length(btrim(name)) > 0),
    sbi_section     varchar(1) CHECK (sbi_section ~ '^[A-U]$'),
    sbi_code        varchar(5) CHECK (sbi_code ~ '^[0-9]{2,5}$'),
    size_class      varchar(8) CHECK (size_class IN ('MICRO', 'SMALL', 'MEDIUM')),
    phase           varchar(8) CHECK (phase IN ('STARTER', 'SCALE_UP', 'OTHER')),
    street          varchar(200),
    postcode        varchar(7) CHECK (postcode ~ '^[1-9][0-9]{3} [A-Z]{2}$'),
    city            varchar(100),
    gemeente        varchar(100),
    province        varchar(16) CHECK (province IN ('GRONINGEN', 'FRIESLAND', 'DRENTHE', 'OVERIJSSEL', 'FLEVOLAND',
        'GELDERLAND', 'UTRECHT', 'NOORD_HOLLAND', 'ZUID_HOLLAND', 'ZEELAND', 'NOORD_BRABANT', 'LIMBURG')),
    proposed_by     varchar(255),
    proposed_at     timestamptz  NOT NULL DEFAULT now(),
    status          varchar(8)   NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'ACCEPTED', 'REJECTED')),
    decided_by      varchar(255),
    decided_at      timestamptz,
    UNIQUE (werkplaats_id, id),
    CHECK ((status = 'PROPOSED') = (decided_at IS NULL)),
    CHECK (num_nonnulls(name, sbi_section, sbi_code, size_class, phase, street, postcode, city, gemeente, province) > 0)
);
CREATE INDEX organisation_correction_queue ON organisation_correction (status, proposed_at DESC, id DESC);
CREATE INDEX organisation_correction_werkplaats ON organisation_correction (werkplaats_id, proposed_at DESC, id DESC);
ALTER TABLE organisation_correction ENABLE ROW LEVEL SECURITY;
ALTER TABLE organisation_correction FORCE ROW LEVEL SECURITY;
CREATE POLICY organisation_correction_tenant ON organisation_correction
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY organisation_correction_national_read ON organisation_correction FOR SELECT
    USING (app_national_read());
GRANT SELECT ON organisation_correction TO ${app_role};
--rollback DROP TABLE organisation_correction;

--changeset organisation:21 splitStatements:false
--comment: A werkplaats proposes a correction of a register record it reaches through one of its intakes (as organisation_correct_name required): the facts given that differ from the registered ones; owner rights, as the record is national. Returns the proposal's id, or null when the werkplaats reaches no such record or nothing differs.
CREATE FUNCTION organisation_propose_correction(p_organisation_id uuid, p_source varchar, p_name varchar,
        p_sbi_section varchar, p_sbi_code varchar, p_size_class varchar, p_phase varchar, p_street varchar,
        p_postcode varchar, p_city varchar, p_gemeente varchar, p_province varchar)
    RETURNS uuid
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    registered organisation%ROWTYPE;
    proposal organisation_correction%ROWTYPE;
BEGIN
    SELECT * INTO registered FROM organisation WHERE id = p_organisation_id;
    IF NOT FOUND OR app_current_werkplaats() IS NULL OR NOT EXISTS (SELECT 1 FROM intake i
            WHERE i.organisation_id = p_organisation_id AND i.werkplaats_id = app_current_werkplaats()) THEN
        RETURN NULL;
    END IF;
    proposal.name := nullif(p_name, registered.name);
    proposal.sbi_section := nullif(p_sbi_section, registered.sbi_section);
    proposal.sbi_code := nullif(p_sbi_code, registered.sbi_code);
    proposal.size_class := nullif(p_size_class, registered.size_class);
    proposal.phase := nullif(p_phase, registered.phase);
    proposal.street := nullif(p_street, registered.street);
    proposal.postcode := nullif(p_postcode, registered.postcode);
    proposal.city := nullif(p_city, registered.city);
    proposal.gemeente := nullif(p_gemeente, registered.gemeente);
    proposal.province := nullif(p_province, registered.province);
    IF num_nonnulls(proposal.name, proposal.sbi_section, proposal.sbi_code, proposal.size_class, proposal.phase,
            proposal.street, proposal.postcode, proposal.city, proposal.gemeente, proposal.province) = 0 THEN
        RETURN NULL;
    END IF;
    proposal.id := gen_random_uuid();
    INSERT INTO organisation_correction (id, werkplaats_id, organisation_id, source, name, sbi_section, sbi_code,
            size_class, phase, street, postcode, city, gemeente, province, proposed_by)
        VALUES (proposal.id, app_current_werkplaats(), p_organisation_id, p_source, proposal.name,
            proposal.sbi_section, proposal.sbi_code, proposal.size_class, proposal.phase, proposal.street,
            proposal.postcode, proposal.city, proposal.gemeente, proposal.province, nullif(app_current_subject(), ''));
    RETURN proposal.id;
END
$$;
REVOKE ALL ON FUNCTION organisation_propose_correction(uuid, varchar, varchar, varchar, varchar, varchar, varchar,
    varchar, varchar, varchar, varchar, varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION organisation_propose_correction(uuid, varchar, varchar, varchar, varchar, varchar, varchar,
    varchar, varchar, varchar, varchar, varchar) TO ${app_role};
--rollback DROP FUNCTION organisation_propose_correction(uuid, varchar, varchar, varchar, varchar, varchar, varchar, varchar, varchar, varchar, varchar, varchar);

--changeset organisation:22 splitStatements:false
--comment: Network coordinators (a national reader; the application checks the role) accept or reject a proposal once; accepting applies its facts to the register record. Owner rights: nobody else writes the register.
CREATE FUNCTION organisation_correction_decide(p_id uuid, p_accept boolean)
    RETURNS varchar
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    proposal organisation_correction%ROWTYPE;
BEGIN
    IF NOT app_national_read() THEN
        RETURN 'NOT_FOUND';
    END IF;
    SELECT * INTO proposal FROM organisation_correction WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RETURN 'NOT_FOUND';
    END IF;
    IF proposal.status <> 'PROPOSED' THEN
        RETURN 'DECIDED';
    END IF;
    UPDATE organisation_correction SET status = CASE WHEN p_accept THEN 'ACCEPTED' ELSE 'REJECTED' END,
        decided_by = nullif(app_current_subject(), ''), decided_at = now()
    WHERE id = p_id;
    IF p_accept THEN
        UPDATE organisation SET name = coalesce(proposal.name, name),
            sbi_section = coalesce(proposal.sbi_section, sbi_section), sbi_code = coalesce(proposal.sbi_code, sbi_code),
            size_class = coalesce(proposal.size_class, size_class), phase = coalesce(proposal.phase, phase),
            street = coalesce(proposal.street, street), postcode = coalesce(proposal.postcode, postcode),
            city = coalesce(proposal.city, city), gemeente = coalesce(proposal.gemeente, gemeente),
            province = coalesce(proposal.province, province), updated_at = now(), version = version + 1
        WHERE id = proposal.organisation_id;
    END IF;
    RETURN CASE WHEN p_accept THEN 'ACCEPTED' ELSE 'REJECTED' END;
END
$$;
REVOKE ALL ON FUNCTION organisation_correction_decide(uuid, boolean) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION organisation_correction_decide(uuid, boolean) TO ${app_role};
--rollback DROP FUNCTION organisation_correction_decide(uuid, boolean);

--changeset organisation:23 splitStatements:false
--comment: Maturity is no longer a register fact (it is the intake's own answer, see intake:20): registering ignores it (the parameter stays for the callers of the signature). The old direct name correction goes: corrections are proposals now (organisation_propose_correction).
DROP FUNCTION organisation_correct_name(uuid, varchar);
CREATE OR REPLACE FUNCTION organisation_register(p_kvk_number varchar, p_name varchar, p_sbi_section varchar,
        p_sbi_code varchar, p_size_class varchar, p_phase varchar, p_street varchar, p_postcode varchar, p_city varchar,
        p_gemeente varchar, p_province varchar, p_digital_maturity varchar)
    RETURNS uuid
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    registered uuid;
BEGIN
    INSERT INTO organisation (id, kvk_number, name, sbi_section, sbi_code, size_class, phase, street, postcode, city,
            gemeente, province)
        VALUES (gen_random_uuid(), p_kvk_number, p_name, p_sbi_section, p_sbi_code, p_size_class, p_phase, p_street,
            p_postcode, p_city, p_gemeente, p_province)
        ON CONFLICT (kvk_number) DO NOTHING;
    SELECT id INTO registered FROM organisation WHERE kvk_number = p_kvk_number;
    RETURN registered;
END
$$;
--rollback SELECT 1;

--changeset organisation:24
--comment: Digital maturity leaves the national register: it was one werkplaats's answer shown to all. The intake keeps it (intake:20 copies it there first).
ALTER TABLE organisation DROP COLUMN digital_maturity;
--rollback ALTER TABLE organisation ADD COLUMN digital_maturity varchar(8);

--liquibase formatted sql

--changeset platform:14 splitStatements:false
--comment: The generation of everything a caller's resolution reads (memberships, werkplaatsen's status, slug and web addresses, frontend clients' bindings): bumped in the same transaction as any change to them, so replicas may cache resolutions and still see, in the first statement of every transaction (where the settings are told), whether one may be stale. One row, no tenant data; the application reads it, the owner's trigger function writes it.
CREATE TABLE tenancy_generation (
    singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    generation bigint  NOT NULL
);
INSERT INTO tenancy_generation (singleton, generation) VALUES (true, 1);
GRANT SELECT ON tenancy_generation TO ${app_role};

CREATE FUNCTION tenancy_generation_bump() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
BEGIN
    UPDATE tenancy_generation SET generation = generation + 1;
    RETURN NULL;
END
$$;
REVOKE ALL ON FUNCTION tenancy_generation_bump() FROM PUBLIC;

CREATE TRIGGER membership_tenancy_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON membership
    FOR EACH STATEMENT EXECUTE FUNCTION tenancy_generation_bump();
CREATE TRIGGER frontend_client_tenancy_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON frontend_client
    FOR EACH STATEMENT EXECUTE FUNCTION tenancy_generation_bump();
CREATE TRIGGER werkplaats_tenancy_generation
    AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF status, slug, website, custom_domain ON werkplaats
    FOR EACH STATEMENT EXECUTE FUNCTION tenancy_generation_bump();
--rollback DROP TRIGGER werkplaats_tenancy_generation ON werkplaats; DROP TRIGGER frontend_client_tenancy_generation ON frontend_client; DROP TRIGGER membership_tenancy_generation ON membership; DROP FUNCTION tenancy_generation_bump(); DROP TABLE tenancy_generation;

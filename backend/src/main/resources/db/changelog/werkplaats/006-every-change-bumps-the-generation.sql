--liquibase formatted sql

--changeset werkplaats:7
--comment: Every change to a werkplaats bumps the tenancy generation, not only its status, slug and web addresses: replicas cache werkplaatsen as the API shows them (name, region, contact, branding) and read one again once a transaction has seen a newer generation. Werkplaatsen change a few times a year; the cost is a fresh read of the caches it outdates.
DROP TRIGGER werkplaats_tenancy_generation ON werkplaats;
CREATE TRIGGER werkplaats_tenancy_generation AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON werkplaats
    FOR EACH STATEMENT EXECUTE FUNCTION tenancy_generation_bump();
--rollback DROP TRIGGER werkplaats_tenancy_generation ON werkplaats; CREATE TRIGGER werkplaats_tenancy_generation AFTER INSERT OR DELETE OR TRUNCATE OR UPDATE OF status, slug, website, custom_domain ON werkplaats FOR EACH STATEMENT EXECUTE FUNCTION tenancy_generation_bump();

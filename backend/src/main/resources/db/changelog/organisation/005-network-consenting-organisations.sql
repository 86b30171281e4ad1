--liquibase formatted sql

--changeset organisation:8
--comment: Read model: the organisations with a standing network consent (a contact at any werkplaats gave it and did not withdraw it), for the network module's journey; security_invoker, so a werkplaats sees only its own consents unless the work reads nationally.
CREATE VIEW network_consenting_organisation WITH (security_invoker = true) AS
    SELECT DISTINCT oc.organisation_id
    FROM consent c JOIN organisation_contact oc ON oc.werkplaats_id = c.werkplaats_id AND oc.id = c.contact_id
    WHERE c.purpose = 'NETWORK_SHARING' AND c.withdrawn_at IS NULL;
GRANT SELECT ON network_consenting_organisation TO ${app_role};
--rollback DROP VIEW network_consenting_organisation;

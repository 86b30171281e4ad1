--liquibase formatted sql

--changeset team:1
--comment: The team module's read model for resolving a caller: memberships in active werkplaatsen, with the werkplaats's slug. security_invoker, so membership's row-level security applies to whoever reads it (a caller sees their own).
CREATE VIEW caller_membership WITH (security_invoker = true) AS
    SELECT m.subject, m.werkplaats_id, w.slug AS werkplaats_slug, m.role
    FROM membership m JOIN werkplaats w ON w.id = m.werkplaats_id
    WHERE w.status = 'ACTIVE';
GRANT SELECT ON caller_membership TO ${app_role};
--rollback DROP VIEW caller_membership;

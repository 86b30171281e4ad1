--liquibase formatted sql

--changeset intake:20
--comment: Digital maturity is what the submitter told this werkplaats in its intake: tenant-owned, on the intake, no longer in the national register. The register's value moves to the intake that registered the organisation (its earliest), the only one that can have given it.
ALTER TABLE intake ADD COLUMN digital_maturity varchar(8) CHECK (digital_maturity IN ('LOW', 'MEDIUM', 'HIGH'));
UPDATE intake i SET digital_maturity = o.digital_maturity
FROM organisation o,
    (SELECT DISTINCT ON (organisation_id) id FROM intake ORDER BY organisation_id, submitted_at, id) earliest
WHERE i.id = earliest.id AND o.id = i.organisation_id AND o.digital_maturity IS NOT NULL;
--rollback ALTER TABLE intake DROP COLUMN digital_maturity;

--changeset intake:21
--comment: Read model: the digital maturity a werkplaats learned of an organisation in its latest intake that asked; security_invoker, so a werkplaats reads its own intakes' answers only (national readers all).
CREATE VIEW organisation_maturity WITH (security_invoker = true) AS
    SELECT DISTINCT ON (werkplaats_id, organisation_id) werkplaats_id, organisation_id, digital_maturity
    FROM intake WHERE digital_maturity IS NOT NULL
    ORDER BY werkplaats_id, organisation_id, submitted_at DESC, id DESC;
GRANT SELECT ON organisation_maturity TO ${app_role};
--rollback DROP VIEW organisation_maturity;

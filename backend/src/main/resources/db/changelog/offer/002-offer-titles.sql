--liquibase formatted sql

--changeset offer:2
--comment: Read model: an offer's title and status by id, for the network module's journey summaries and next steps; security_invoker, so row-level security applies to the reader.
CREATE VIEW offer_title WITH (security_invoker = true) AS
    SELECT id AS offer_id, werkplaats_id, title, status FROM offer;
GRANT SELECT ON offer_title TO ${app_role};
--rollback DROP VIEW offer_title;

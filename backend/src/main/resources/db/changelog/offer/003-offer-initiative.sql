--liquibase formatted sql

--changeset offer:3
--comment: An offer may name the initiative of the ecosystem map it belongs to (a werkplaats's offer within a regional programme); the link goes when the initiative leaves the map.
ALTER TABLE offer ADD COLUMN initiative_id uuid REFERENCES initiative (id) ON DELETE SET NULL;
CREATE INDEX offer_initiative ON offer (initiative_id) WHERE initiative_id IS NOT NULL;
--rollback DROP INDEX offer_initiative; ALTER TABLE offer DROP COLUMN initiative_id;

--liquibase formatted sql

--changeset network:10
--comment: A referral to an initiative points at the ecosystem map's initiative.
ALTER TABLE referral ADD CONSTRAINT referral_to_initiative_fkey FOREIGN KEY (to_initiative_id) REFERENCES initiative (id);
--rollback ALTER TABLE referral DROP CONSTRAINT referral_to_initiative_fkey;

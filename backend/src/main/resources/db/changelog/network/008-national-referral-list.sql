--liquibase formatted sql

--changeset network:31
--comment: The network coordinator's list of every referral, newest first (referrals without a werkplaats to filter by).
CREATE INDEX referral_newest ON referral (created_at DESC, id DESC);
--rollback DROP INDEX referral_newest;

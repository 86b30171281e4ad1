--liquibase formatted sql

--changeset platform:11
--comment: Bucket4j's token buckets (its PostgreSQL select-for-update backend), so a rate limit holds across replicas: one row per caller key (a client address, IPv6 by /64; a person; a client), its state serialized by Bucket4j, expiring once full again (epoch milliseconds). No tenant data.
CREATE TABLE rate_limit_bucket (
    id         varchar(300) PRIMARY KEY,
    state      bytea,
    expires_at bigint
);
CREATE INDEX rate_limit_bucket_expiry ON rate_limit_bucket (expires_at);
GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limit_bucket TO ${app_role};
--rollback DROP TABLE rate_limit_bucket;

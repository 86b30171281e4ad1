--liquibase formatted sql

--changeset platform:10
--comment: Idempotency-Key records: the first answer to a mutation sent with a key, kept for 24 hours and replayed to the same caller for the same request (IETF httpapi idempotency-key draft). Keyed by caller and key, so one caller never sees another's answer; purged hourly once expired.
CREATE TABLE idempotency_record (
    caller       varchar(300) NOT NULL,
    key          varchar(255) NOT NULL,
    fingerprint  bytea        NOT NULL,
    state        varchar(12)  NOT NULL CHECK (state IN ('IN_PROGRESS', 'DONE')),
    status       integer,
    content_type varchar(200),
    body         bytea,
    created_at   timestamptz  NOT NULL DEFAULT now(),
    expires_at   timestamptz  NOT NULL,
    PRIMARY KEY (caller, key),
    CHECK ((state = 'DONE') = (status IS NOT NULL))
);
CREATE INDEX idempotency_record_expiry ON idempotency_record (expires_at);
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_record TO ${app_role};
--rollback DROP TABLE idempotency_record;

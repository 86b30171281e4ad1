--liquibase formatted sql

--changeset platform:5
--comment: ShedLock's lock table: scheduled jobs run once across replicas (platform infrastructure, no tenant data).
CREATE TABLE shedlock (
    name       varchar(64)  PRIMARY KEY,
    lock_until timestamptz  NOT NULL,
    locked_at  timestamptz  NOT NULL,
    locked_by  varchar(255) NOT NULL
);
GRANT SELECT, INSERT, UPDATE ON shedlock TO ${app_role};
--rollback DROP TABLE shedlock;

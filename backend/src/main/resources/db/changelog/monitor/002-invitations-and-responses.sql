--liquibase formatted sql

--changeset monitor:3
--comment: The monitor's invitations and responses, the werkplaats's personal data (forced row-level security). An invitation asks one contact for one response through a personal link: its token is stored only as a SHA-256 hash, expires, and is used once. A response names the instrument version it answers and keeps the organisation's KVK number; its answers name the version and question. Erasing a contact (consent withdrawn) clears the contact link and keeps the anonymous answers.
CREATE TABLE monitor_invitation (
    id              uuid         PRIMARY KEY,
    werkplaats_id   uuid         NOT NULL REFERENCES werkplaats (id),
    instrument      varchar(16)  NOT NULL CHECK (instrument IN ('ONE_MEASUREMENT', 'IMPACT_MATRIX')),
    traject_id      uuid,
    event_id        uuid,
    organisation_id uuid,
    contact_id      uuid,
    -- What the form names: the traject's offer or the event.
    subject_title   varchar(300) NOT NULL,
    status          varchar(12)  NOT NULL CHECK (status IN ('SCHEDULED', 'SENT', 'REMINDED', 'ANSWERED', 'EXPIRED',
        'NO_CONSENT')),
    due_on          date         NOT NULL,
    sent_at         timestamptz,
    reminded_at     timestamptz,
    answered_at     timestamptz,
    token_hash      bytea        UNIQUE,
    token_expires_at timestamptz,
    created_at      timestamptz  NOT NULL DEFAULT now(),
    version         bigint       NOT NULL DEFAULT 0,
    UNIQUE (werkplaats_id, id),
    CHECK ((traject_id IS NULL) <> (event_id IS NULL))
);
CREATE UNIQUE INDEX monitor_invitation_per_traject ON monitor_invitation (werkplaats_id, traject_id, instrument)
    WHERE traject_id IS NOT NULL;
CREATE INDEX monitor_invitation_due ON monitor_invitation (status, due_on) WHERE status IN ('SCHEDULED', 'SENT', 'REMINDED');

CREATE TABLE monitor_response (
    id              uuid         PRIMARY KEY,
    werkplaats_id   uuid         NOT NULL REFERENCES werkplaats (id),
    invitation_id   uuid,
    instrument      varchar(16)  NOT NULL CHECK (instrument IN ('ZERO_MEASUREMENT', 'ONE_MEASUREMENT', 'IMPACT_MATRIX')),
    -- The version answered: a national key or a werkplaats's own (which includes the national questions).
    version_key     varchar(120) NOT NULL,
    national_key    varchar(120) NOT NULL,
    traject_id      uuid,
    event_id        uuid,
    organisation_id uuid,
    kvk_number      varchar(8),
    channel         varchar(8)   NOT NULL CHECK (channel IN ('FORM', 'PHONE', 'PAPER', 'IMPORT')),
    answered_on     date         NOT NULL,
    recorded_by     varchar(64),
    created_at      timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (werkplaats_id, id),
    FOREIGN KEY (werkplaats_id, invitation_id) REFERENCES monitor_invitation (werkplaats_id, id)
);
CREATE UNIQUE INDEX monitor_response_per_invitation ON monitor_response (invitation_id) WHERE invitation_id IS NOT NULL;
CREATE INDEX monitor_response_answered ON monitor_response (national_key, answered_on);

CREATE TABLE monitor_answer (
    id            uuid          PRIMARY KEY,
    werkplaats_id uuid          NOT NULL REFERENCES werkplaats (id),
    response_id   uuid          NOT NULL,
    question_key  varchar(40)   NOT NULL,
    -- Whether it answers a national question (or the werkplaats's own).
    national      boolean       NOT NULL,
    answer_values varchar(50)[] NOT NULL DEFAULT '{}',
    text          varchar(2000),
    UNIQUE (werkplaats_id, id),
    UNIQUE (response_id, question_key),
    FOREIGN KEY (werkplaats_id, response_id) REFERENCES monitor_response (werkplaats_id, id)
);

ALTER TABLE monitor_invitation ENABLE ROW LEVEL SECURITY;
ALTER TABLE monitor_invitation FORCE ROW LEVEL SECURITY;
CREATE POLICY monitor_invitation_tenant ON monitor_invitation
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
ALTER TABLE monitor_response ENABLE ROW LEVEL SECURITY;
ALTER TABLE monitor_response FORCE ROW LEVEL SECURITY;
CREATE POLICY monitor_response_tenant ON monitor_response
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY monitor_response_national_read ON monitor_response FOR SELECT
    USING (app_national_read());
ALTER TABLE monitor_answer ENABLE ROW LEVEL SECURITY;
ALTER TABLE monitor_answer FORCE ROW LEVEL SECURITY;
CREATE POLICY monitor_answer_tenant ON monitor_answer
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY monitor_answer_national_read ON monitor_answer FOR SELECT
    USING (app_national_read());
GRANT SELECT, INSERT, UPDATE ON monitor_invitation, monitor_response TO ${app_role};
GRANT SELECT, INSERT ON monitor_answer TO ${app_role};

-- The token of a personal link names its werkplaats: the one lookup that runs before any
-- werkplaats is known. It reveals only the werkplaats of a live token's hash.
CREATE FUNCTION monitor_invitation_werkplaats(p_token_hash bytea)
    RETURNS uuid
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS 'SELECT werkplaats_id FROM monitor_invitation WHERE token_hash = p_token_hash';
REVOKE ALL ON FUNCTION monitor_invitation_werkplaats(bytea) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION monitor_invitation_werkplaats(bytea) TO ${app_role};
--rollback DROP FUNCTION monitor_invitation_werkplaats(bytea); DROP TABLE monitor_answer; DROP TABLE monitor_response; DROP TABLE monitor_invitation;

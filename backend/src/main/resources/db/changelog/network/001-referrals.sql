--liquibase formatted sql

--changeset network:1
--comment: Referrals between werkplaatsen (or to an initiative of the ecosystem map): owned by the sending werkplaats and readable by exactly its two werkplaatsen and national reads; the sender creates, both parties answer.
CREATE TABLE referral (
    id                 uuid PRIMARY KEY,
    werkplaats_id      uuid         NOT NULL REFERENCES werkplaats (id),
    to_werkplaats_id   uuid         REFERENCES werkplaats (id),
    to_initiative_id   uuid,
    intake_id          uuid         NOT NULL,
    organisation_id    uuid         NOT NULL REFERENCES organisation (id),
    question           text         NOT NULL CHECK (length(btrim(question)) BETWEEN 1 AND 5000),
    note               text         CHECK (length(note) <= 2000),
    status             varchar(10)  NOT NULL DEFAULT 'SENT' CHECK (status IN ('SENT', 'ACCEPTED', 'DECLINED', 'EXPIRED',
        'WITHDRAWN')),
    sent_by_subject    varchar(255) NOT NULL,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    answered_at        timestamptz  CHECK (answered_at >= created_at),
    decline_reason     varchar(500),
    received_intake_id uuid,
    initiative_outcome varchar(12)  CHECK (initiative_outcome IN ('CONFIRMED', 'NO_RESPONSE', 'UNKNOWN')),
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    version            bigint       NOT NULL DEFAULT 0,
    UNIQUE (werkplaats_id, id),
    FOREIGN KEY (werkplaats_id, intake_id) REFERENCES intake (werkplaats_id, id),
    FOREIGN KEY (to_werkplaats_id, received_intake_id) REFERENCES intake (werkplaats_id, id),
    CHECK ((to_werkplaats_id IS NULL) <> (to_initiative_id IS NULL)),
    CHECK (to_werkplaats_id IS DISTINCT FROM werkplaats_id),
    CHECK ((status = 'DECLINED') = (decline_reason IS NOT NULL)),
    CHECK (received_intake_id IS NULL OR status = 'ACCEPTED'),
    CHECK (initiative_outcome IS NULL OR to_initiative_id IS NOT NULL)
);
-- An intake is out on at most one referral at a time.
CREATE UNIQUE INDEX referral_open_per_intake ON referral (intake_id) WHERE status IN ('SENT', 'ACCEPTED');
CREATE INDEX referral_outgoing ON referral (werkplaats_id, created_at DESC, id DESC);
CREATE INDEX referral_incoming ON referral (to_werkplaats_id, created_at DESC, id DESC);
CREATE INDEX referral_organisation ON referral (organisation_id);
CREATE INDEX referral_waiting ON referral (created_at) WHERE status = 'SENT';

ALTER TABLE referral ENABLE ROW LEVEL SECURITY;
ALTER TABLE referral FORCE ROW LEVEL SECURITY;
-- Both parties read and answer; only the sender creates (the restrictive policy is ANDed).
CREATE POLICY referral_parties ON referral
    USING (werkplaats_id = app_current_werkplaats() OR to_werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats() OR to_werkplaats_id = app_current_werkplaats());
CREATE POLICY referral_sent_by_sender ON referral AS RESTRICTIVE FOR INSERT
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY referral_national_read ON referral FOR SELECT
    USING (app_national_read());
GRANT SELECT, INSERT, UPDATE ON referral TO ${app_role};
--rollback DROP TABLE referral;

--changeset network:2
--comment: The werkplaats a referral goes to reads the referred organisation in the register, so it can decide.
CREATE POLICY organisation_referred_read ON organisation FOR SELECT
    USING (EXISTS (SELECT 1 FROM referral r WHERE r.organisation_id = organisation.id
        AND r.to_werkplaats_id = app_current_werkplaats()));
--rollback DROP POLICY organisation_referred_read ON organisation;

--changeset network:3
--comment: Account management: one lead werkplaats and one of its team members per organisation, as an append-only history (the newest is current); owned by the lead werkplaats, read nationally for whoever may see the journey.
CREATE TABLE account_manager_assignment (
    id                  uuid PRIMARY KEY,
    werkplaats_id       uuid         NOT NULL REFERENCES werkplaats (id),
    organisation_id     uuid         NOT NULL REFERENCES organisation (id),
    team_member_id      uuid         NOT NULL,
    team_member_name    varchar(200) NOT NULL,
    assigned_by_subject varchar(255) NOT NULL,
    assigned_at         timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (werkplaats_id, id)
);
CREATE INDEX account_manager_current ON account_manager_assignment (organisation_id, assigned_at DESC, id DESC);

ALTER TABLE account_manager_assignment ENABLE ROW LEVEL SECURITY;
ALTER TABLE account_manager_assignment FORCE ROW LEVEL SECURITY;
CREATE POLICY account_manager_assignment_tenant ON account_manager_assignment
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY account_manager_assignment_national_read ON account_manager_assignment FOR SELECT
    USING (app_national_read());
GRANT SELECT, INSERT ON account_manager_assignment TO ${app_role};
--rollback DROP TABLE account_manager_assignment;

--liquibase formatted sql

--changeset traject:1
--comment: Trajecten: a student engagement for one organisation, from an intake and an offer, with its deliverables. Tenant-owned.
CREATE TABLE traject (
    id               uuid PRIMARY KEY,
    werkplaats_id    uuid        NOT NULL REFERENCES werkplaats (id),
    intake_id        uuid        NOT NULL,
    offer_id         uuid        NOT NULL,
    organisation_id  uuid        NOT NULL REFERENCES organisation (id),
    status           varchar(10) NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'RUNNING', 'DELIVERED', 'COMPLETED',
        'CANCELLED')),
    academic_period  varchar(10) CHECK (academic_period IN ('PERIOD_1', 'PERIOD_2', 'PERIOD_3', 'PERIOD_4', 'SUMMER')),
    planned_start    date,
    planned_end      date,
    started_on       date,
    delivered_on     date,
    completed_at     timestamptz,
    cancelled_at     timestamptz,
    cancel_reason    varchar(500),
    last_activity_at timestamptz NOT NULL DEFAULT now(),
    stale_since      timestamptz,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now(),
    version          bigint      NOT NULL DEFAULT 0,
    UNIQUE (werkplaats_id, id),
    UNIQUE (werkplaats_id, intake_id),
    FOREIGN KEY (werkplaats_id, intake_id) REFERENCES intake (werkplaats_id, id),
    FOREIGN KEY (werkplaats_id, offer_id) REFERENCES offer (werkplaats_id, id),
    CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start)
);
CREATE INDEX traject_newest ON traject (werkplaats_id, created_at DESC, id DESC);
CREATE INDEX traject_open_activity ON traject (werkplaats_id, last_activity_at) WHERE status IN ('PLANNED', 'RUNNING', 'DELIVERED');
CREATE INDEX traject_offer_period ON traject (werkplaats_id, offer_id, academic_period) WHERE status IN ('PLANNED', 'RUNNING');

CREATE TABLE traject_deliverable (
    id            uuid PRIMARY KEY,
    werkplaats_id uuid         NOT NULL REFERENCES werkplaats (id),
    traject_id    uuid         NOT NULL,
    kind          varchar(10)  NOT NULL CHECK (kind IN ('ADVICE', 'ROADMAP', 'PROTOTYPE', 'REPORT')),
    title         varchar(200) NOT NULL CHECK (length(btrim(title)) > 0),
    link          varchar(2000),
    delivered_on  date         NOT NULL,
    created_at    timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (werkplaats_id, id),
    FOREIGN KEY (werkplaats_id, traject_id) REFERENCES traject (werkplaats_id, id)
);
CREATE INDEX traject_deliverable_traject ON traject_deliverable (werkplaats_id, traject_id, delivered_on);

ALTER TABLE traject ENABLE ROW LEVEL SECURITY;
ALTER TABLE traject FORCE ROW LEVEL SECURITY;
CREATE POLICY traject_tenant ON traject
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY traject_national_read ON traject FOR SELECT
    USING (app_national_read());
ALTER TABLE traject_deliverable ENABLE ROW LEVEL SECURITY;
ALTER TABLE traject_deliverable FORCE ROW LEVEL SECURITY;
CREATE POLICY traject_deliverable_tenant ON traject_deliverable
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY traject_deliverable_national_read ON traject_deliverable FOR SELECT
    USING (app_national_read());
GRANT SELECT, INSERT, UPDATE ON traject, traject_deliverable TO ${app_role};
--rollback DROP TABLE traject_deliverable; DROP TABLE traject;

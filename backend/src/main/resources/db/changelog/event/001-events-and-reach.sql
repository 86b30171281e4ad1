--liquibase formatted sql

--changeset event:1
--comment: Trainings and meetings (webinars, masterclasses, workshops, kennissessies, spreekuren) with public registration, and reach records for outreach without registrations. Tenant-owned; scheduled events are public.
CREATE TABLE event (
    id            uuid PRIMARY KEY,
    werkplaats_id uuid         NOT NULL REFERENCES werkplaats (id),
    title         varchar(200) NOT NULL CHECK (length(btrim(title)) > 0),
    description   text         NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
    kind          varchar(20)  NOT NULL CHECK (kind IN ('WEBINAR', 'MASTERCLASS', 'WORKSHOP', 'KNOWLEDGE_SESSION',
        'CONSULTATION_HOUR')),
    starts_at     timestamptz  NOT NULL,
    ends_at       timestamptz,
    online        boolean      NOT NULL,
    location      varchar(300),
    capacity      integer      CHECK (capacity > 0),
    status        varchar(10)  NOT NULL DEFAULT 'SCHEDULED' CHECK (status IN ('SCHEDULED', 'CANCELLED')),
    created_at    timestamptz  NOT NULL DEFAULT now(),
    updated_at    timestamptz  NOT NULL DEFAULT now(),
    version       bigint       NOT NULL DEFAULT 0,
    UNIQUE (werkplaats_id, id),
    CHECK (online OR location IS NOT NULL),
    CHECK (ends_at IS NULL OR ends_at > starts_at)
);
CREATE INDEX event_agenda ON event (werkplaats_id, starts_at, id);

CREATE TABLE event_registration (
    id                   uuid PRIMARY KEY,
    werkplaats_id        uuid         NOT NULL REFERENCES werkplaats (id),
    event_id             uuid         NOT NULL,
    name                 varchar(200) NOT NULL,
    email                varchar(254) NOT NULL,
    organisation_name    varchar(200),
    kvk_number           varchar(8) CHECK (kvk_number ~ '^[0-9]{8}$'),
    consent_text_version varchar(40)  NOT NULL,
    consent_given_at     timestamptz  NOT NULL,
    attended             boolean,
    registered_at        timestamptz  NOT NULL DEFAULT now(),
    version              bigint       NOT NULL DEFAULT 0,
    UNIQUE (werkplaats_id, id),
    FOREIGN KEY (werkplaats_id, event_id) REFERENCES event (werkplaats_id, id)
);
-- One registration per email address per event.
CREATE UNIQUE INDEX event_registration_once ON event_registration (werkplaats_id, event_id, lower(email));

CREATE TABLE reach_record (
    id            uuid PRIMARY KEY,
    werkplaats_id uuid        NOT NULL REFERENCES werkplaats (id),
    channel       varchar(20) NOT NULL CHECK (channel IN ('SOCIAL_MEDIA', 'NEWSLETTER', 'WEBSITE', 'PRESS',
        'EVENT_ELSEWHERE', 'OTHER')),
    reached       integer     NOT NULL CHECK (reached > 0),
    period_start  date        NOT NULL,
    period_end    date        NOT NULL,
    note          varchar(500),
    created_at    timestamptz NOT NULL DEFAULT now(),
    UNIQUE (werkplaats_id, id),
    CHECK (period_end >= period_start)
);
CREATE INDEX reach_record_period ON reach_record (werkplaats_id, period_start DESC, id DESC);

ALTER TABLE event ENABLE ROW LEVEL SECURITY;
ALTER TABLE event FORCE ROW LEVEL SECURITY;
CREATE POLICY event_tenant ON event
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY event_public_read ON event FOR SELECT
    USING (true);
ALTER TABLE event_registration ENABLE ROW LEVEL SECURITY;
ALTER TABLE event_registration FORCE ROW LEVEL SECURITY;
CREATE POLICY event_registration_tenant ON event_registration
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY event_registration_national_read ON event_registration FOR SELECT
    USING (app_national_read());
ALTER TABLE reach_record ENABLE ROW LEVEL SECURITY;
ALTER TABLE reach_record FORCE ROW LEVEL SECURITY;
CREATE POLICY reach_record_tenant ON reach_record
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY reach_record_national_read ON reach_record FOR SELECT
    USING (app_national_read());
GRANT SELECT, INSERT, UPDATE ON event, event_registration, reach_record TO ${app_role};
--rollback DROP TABLE reach_record; DROP TABLE event_registration; DROP TABLE event;

--changeset event:2 splitStatements:false
--comment: The public registration count of an event, without exposing the registrations themselves.
CREATE FUNCTION event_registration_counts(p_event_ids uuid[])
    RETURNS TABLE (event_id uuid, registrations bigint)
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
        SELECT r.event_id, count(*) FROM event_registration r WHERE r.event_id = ANY (p_event_ids) GROUP BY r.event_id
    $$;
REVOKE ALL ON FUNCTION event_registration_counts(uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION event_registration_counts(uuid[]) TO ${app_role};
--rollback DROP FUNCTION event_registration_counts(uuid[]);

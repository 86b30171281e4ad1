--liquibase formatted sql

--changeset offer:1
--comment: The menu (menukaart): a werkplaats's offers. Drafts are private; published offers are public.
CREATE TABLE offer (
    id                uuid PRIMARY KEY,
    werkplaats_id     uuid         NOT NULL REFERENCES werkplaats (id),
    title             varchar(200) NOT NULL CHECK (length(btrim(title)) > 0),
    description       text         NOT NULL DEFAULT '' CHECK (length(description) <= 5000),
    archetype         varchar(40)  NOT NULL CHECK (archetype IN ('SIGNALLING', 'NETWORKING_AND_COORDINATION',
        'SHARED_FACILITIES', 'WORKING_WITH_STUDENTS', 'EDUCATION_FOR_STUDENTS', 'EDUCATION_FOR_PROFESSIONALS',
        'ADVICE_AND_CONSULTANCY', 'SUBSIDIES_AND_FINANCING', 'WORKSHOPS_AND_KNOWLEDGE_EVENTS', 'RESEARCH_AND_DEVELOPMENT',
        'SCANS_AND_ASSESSMENTS', 'KNOWLEDGE_PLATFORM')),
    themes            varchar(32)[] NOT NULL DEFAULT '{}' CHECK (themes <@ ARRAY['ONLINE_MARKETING_AND_SALES', 'DATA',
        'AUTOMATION', 'CYBERSECURITY', 'AI', 'OTHER']::varchar[]),
    format            varchar(20)  NOT NULL CHECK (format IN ('TRAJECT', 'WORKSHOP', 'WEBINAR', 'MASTERCLASS', 'SCAN',
        'CONSULTATION_HOUR')),
    education_levels  varchar(3)[] NOT NULL DEFAULT '{}' CHECK (education_levels <@ ARRAY['MBO', 'HBO', 'WO']::varchar[]),
    duration_amount   integer CHECK (duration_amount > 0),
    duration_unit     varchar(8) CHECK (duration_unit IN ('HOURS', 'DAYS', 'WEEKS')),
    fee_cents         integer CHECK (fee_cents > 0),
    size_classes      varchar(8)[] NOT NULL DEFAULT '{}' CHECK (size_classes <@ ARRAY['MICRO', 'SMALL', 'MEDIUM']::varchar[]),
    sbi_sections      varchar(1)[] NOT NULL DEFAULT '{}' CHECK (sbi_sections <@ ARRAY['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H',
        'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U']::varchar[]),
    maturity_levels   varchar(8)[] NOT NULL DEFAULT '{}' CHECK (maturity_levels <@ ARRAY['LOW', 'MEDIUM', 'HIGH']::varchar[]),
    obstacles         varchar(24)[] NOT NULL DEFAULT '{}' CHECK (obstacles <@ ARRAY['NOT_KNOWING', 'NOT_WILLING', 'NOT_ABLE',
        'QUESTION_ARTICULATION']::varchar[]),
    available_periods varchar(10)[] NOT NULL DEFAULT '{}' CHECK (available_periods <@ ARRAY['PERIOD_1', 'PERIOD_2', 'PERIOD_3',
        'PERIOD_4', 'SUMMER']::varchar[]),
    capacity          integer CHECK (capacity > 0),
    status            varchar(10)  NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'PUBLISHED')),
    display_order     integer      NOT NULL DEFAULT 0 CHECK (display_order >= 0),
    created_at        timestamptz  NOT NULL DEFAULT now(),
    updated_at        timestamptz  NOT NULL DEFAULT now(),
    version           bigint       NOT NULL DEFAULT 0,
    UNIQUE (werkplaats_id, id),
    CHECK ((duration_amount IS NULL) = (duration_unit IS NULL))
);
CREATE INDEX offer_menu_order ON offer (werkplaats_id, display_order, id);

ALTER TABLE offer ENABLE ROW LEVEL SECURITY;
ALTER TABLE offer FORCE ROW LEVEL SECURITY;
CREATE POLICY offer_tenant ON offer
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY offer_public_read ON offer FOR SELECT
    USING (status = 'PUBLISHED');
CREATE POLICY offer_national_read ON offer FOR SELECT
    USING (app_national_read());

GRANT SELECT, INSERT, UPDATE, DELETE ON offer TO ${app_role};
--rollback DROP TABLE offer;

--liquibase formatted sql

--changeset intake:1
--comment: Intakes (hulpvragen): the entrepreneur's question with the 0-meting answers, then the werkplaats's triage. Tenant-owned.
CREATE TABLE intake (
    id                       uuid PRIMARY KEY,
    werkplaats_id            uuid         NOT NULL REFERENCES werkplaats (id),
    reference                varchar(14)  NOT NULL UNIQUE CHECK (reference ~ '^INT-[0-9A-Z]{4}-[0-9A-Z]{4}$'),
    organisation_id          uuid         NOT NULL REFERENCES organisation (id),
    contact_id               uuid         NOT NULL,
    question                 text         NOT NULL CHECK (length(btrim(question)) BETWEEN 1 AND 5000),
    status                   varchar(12)  NOT NULL DEFAULT 'NEW' CHECK (status IN ('NEW', 'IN_REVIEW', 'MATCHED', 'REFERRED',
        'DECLINED', 'WITHDRAWN')),
    channel                  varchar(8)   NOT NULL CHECK (channel IN ('WEBSITE', 'STAFF')),
    found_via                varchar(24)  CHECK (found_via IN ('EDUCATION_INSTITUTION', 'INTERMEDIARY', 'EXPERT_COMPANY',
        'PROVINCE', 'MUNICIPALITY', 'OTHER_COMPANY', 'WERKPLAATS_WEBSITE', 'SOCIAL_MEDIA', 'OTHER')),
    found_via_other          varchar(200),
    reason                   text         CHECK (length(reason) <= 2000),
    maturity                 integer      CHECK (maturity BETWEEN 1 AND 10),
    baseline_obstacles       varchar(32)[] NOT NULL DEFAULT '{}' CHECK (baseline_obstacles <@ ARRAY['UNAWARE_OF_BENEFITS',
        'TOO_FEW_BENEFITS', 'TOO_EXPENSIVE', 'TECHNOLOGY_NOT_AVAILABLE', 'LACK_OF_KNOW_HOW', 'LACK_OF_TIME',
        'NO_AFFORDABLE_PROVIDER', 'NO_FINANCIAL_MEANS']::varchar[]),
    expectation              varchar(32)  CHECK (expectation IN ('INSIGHT_IN_OPPORTUNITIES', 'COSTS_AND_FEASIBILITY',
        'ACCESS_TO_DATA_OR_SOFTWARE', 'KNOWLEDGE_AND_SKILLS', 'COLLABORATION_WITH_STUDENTS', 'CONCRETE_RESULT')),
    proposed_organisation_name varchar(200),
    articulated_question     text         CHECK (length(articulated_question) <= 5000),
    themes                   varchar(32)[] NOT NULL DEFAULT '{}' CHECK (themes <@ ARRAY['ONLINE_MARKETING_AND_SALES', 'DATA',
        'AUTOMATION', 'CYBERSECURITY', 'AI', 'OTHER']::varchar[]),
    obstacles                varchar(24)[] NOT NULL DEFAULT '{}' CHECK (obstacles <@ ARRAY['NOT_KNOWING', 'NOT_WILLING',
        'NOT_ABLE', 'QUESTION_ARTICULATION']::varchar[]),
    wanted_period            varchar(10)  CHECK (wanted_period IN ('PERIOD_1', 'PERIOD_2', 'PERIOD_3', 'PERIOD_4', 'SUMMER')),
    assignee_id              uuid,
    internal_notes           text         CHECK (length(internal_notes) <= 10000),
    closing_reason           varchar(500),
    submission_key           varchar(64)  NOT NULL,
    submitted_at             timestamptz  NOT NULL DEFAULT now(),
    first_response_at        timestamptz,
    closed_at                timestamptz,
    updated_at               timestamptz  NOT NULL DEFAULT now(),
    version                  bigint       NOT NULL DEFAULT 0,
    UNIQUE (werkplaats_id, id),
    FOREIGN KEY (werkplaats_id, contact_id) REFERENCES organisation_contact (werkplaats_id, id),
    FOREIGN KEY (werkplaats_id, assignee_id) REFERENCES membership (werkplaats_id, id),
    CHECK ((found_via = 'OTHER') = (found_via_other IS NOT NULL) OR found_via IS NULL)
);
CREATE INDEX intake_newest ON intake (werkplaats_id, submitted_at DESC, id DESC);
CREATE INDEX intake_repeat ON intake (werkplaats_id, submission_key, submitted_at);
CREATE INDEX intake_organisation ON intake (organisation_id, werkplaats_id);

ALTER TABLE intake ENABLE ROW LEVEL SECURITY;
ALTER TABLE intake FORCE ROW LEVEL SECURITY;
CREATE POLICY intake_tenant ON intake
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY intake_national_read ON intake FOR SELECT
    USING (app_national_read());
GRANT SELECT, INSERT, UPDATE ON intake TO ${app_role};
--rollback DROP TABLE intake;

--changeset intake:2
--comment: A werkplaats reads an organisation of the national register once one of its intakes names it.
CREATE POLICY organisation_reached_read ON organisation FOR SELECT
    USING (EXISTS (SELECT 1 FROM intake i WHERE i.organisation_id = organisation.id
        AND i.werkplaats_id = app_current_werkplaats()));
--rollback DROP POLICY organisation_reached_read ON organisation;

--liquibase formatted sql

--changeset education:1
--comment: Education: institutions and programmes (national), the students a werkplaats works with (tenant-owned), and who is on a traject's team.
CREATE TABLE institution (
    id         uuid PRIMARY KEY,
    name       varchar(200) NOT NULL CHECK (length(btrim(name)) > 0),
    level      varchar(3)   NOT NULL CHECK (level IN ('MBO', 'HBO', 'WO')),
    brin_code  varchar(4)   NOT NULL UNIQUE CHECK (brin_code ~ '^[0-9]{2}[A-Z0-9]{2}$'),
    created_at timestamptz  NOT NULL DEFAULT now()
);
CREATE TABLE programme (
    id             uuid PRIMARY KEY,
    institution_id uuid         NOT NULL REFERENCES institution (id),
    name           varchar(200) NOT NULL CHECK (length(btrim(name)) > 0),
    level          varchar(3)   NOT NULL CHECK (level IN ('MBO', 'HBO', 'WO')),
    discipline     varchar(20)  NOT NULL CHECK (discipline IN ('ICT', 'DATA', 'MARKETING', 'BUSINESS', 'DESIGN',
        'ENGINEERING', 'OTHER')),
    created_at     timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (institution_id, name)
);
GRANT SELECT, INSERT ON institution, programme TO ${app_role};

CREATE TABLE student (
    id                      uuid PRIMARY KEY,
    werkplaats_id           uuid         NOT NULL REFERENCES werkplaats (id),
    name                    varchar(200) NOT NULL CHECK (length(btrim(name)) > 0),
    email                   varchar(254),
    programme_id            uuid         NOT NULL REFERENCES programme (id),
    study_year              integer      NOT NULL CHECK (study_year BETWEEN 1 AND 6),
    themes                  varchar(32)[] NOT NULL DEFAULT '{}' CHECK (themes <@ ARRAY['ONLINE_MARKETING_AND_SALES', 'DATA',
        'AUTOMATION', 'CYBERSECURITY', 'AI', 'OTHER']::varchar[]),
    available_periods       varchar(10)[] NOT NULL DEFAULT '{}' CHECK (available_periods <@ ARRAY['PERIOD_1', 'PERIOD_2',
        'PERIOD_3', 'PERIOD_4', 'SUMMER']::varchar[]),
    max_concurrent_trajecten integer     NOT NULL DEFAULT 2 CHECK (max_concurrent_trajecten BETWEEN 1 AND 10),
    membership_id           uuid,
    created_at              timestamptz  NOT NULL DEFAULT now(),
    version                 bigint       NOT NULL DEFAULT 0,
    UNIQUE (werkplaats_id, id),
    FOREIGN KEY (werkplaats_id, membership_id) REFERENCES membership (werkplaats_id, id)
);
CREATE INDEX student_by_name ON student (werkplaats_id, name, id);

CREATE TABLE traject_member (
    id            uuid PRIMARY KEY,
    werkplaats_id uuid         NOT NULL REFERENCES werkplaats (id),
    traject_id    uuid         NOT NULL,
    student_id    uuid,
    membership_id uuid,
    role          varchar(8)   NOT NULL CHECK (role IN ('STUDENT', 'TEACHER', 'EXPERT')),
    hours         numeric(6, 1) CHECK (hours >= 0),
    UNIQUE (werkplaats_id, id),
    FOREIGN KEY (werkplaats_id, traject_id) REFERENCES traject (werkplaats_id, id),
    FOREIGN KEY (werkplaats_id, student_id) REFERENCES student (werkplaats_id, id),
    FOREIGN KEY (werkplaats_id, membership_id) REFERENCES membership (werkplaats_id, id),
    CHECK ((student_id IS NOT NULL) <> (membership_id IS NOT NULL)),
    CHECK ((role = 'STUDENT') = (student_id IS NOT NULL))
);
CREATE INDEX traject_member_traject ON traject_member (werkplaats_id, traject_id);
CREATE INDEX traject_member_student ON traject_member (werkplaats_id, student_id);

ALTER TABLE student ENABLE ROW LEVEL SECURITY;
ALTER TABLE student FORCE ROW LEVEL SECURITY;
CREATE POLICY student_tenant ON student
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY student_national_read ON student FOR SELECT
    USING (app_national_read());
ALTER TABLE traject_member ENABLE ROW LEVEL SECURITY;
ALTER TABLE traject_member FORCE ROW LEVEL SECURITY;
CREATE POLICY traject_member_tenant ON traject_member
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY traject_member_national_read ON traject_member FOR SELECT
    USING (app_national_read());
GRANT SELECT, INSERT, UPDATE, DELETE ON student, traject_member TO ${app_role};
--rollback DROP TABLE traject_member; DROP TABLE student; DROP TABLE programme; DROP TABLE institution;


--changeset education:2
--comment: The academic calendar: the dates of each teaching period (and the summer, when students are away) per academic year, national. Typical dates; institutions differ by a week or so.
CREATE TABLE academic_calendar (
    academic_year varchar(9)  NOT NULL CHECK (academic_year ~ '^[0-9]{4}-[0-9]{4}$'),
    period        varchar(10) NOT NULL CHECK (period IN ('PERIOD_1', 'PERIOD_2', 'PERIOD_3', 'PERIOD_4', 'SUMMER')),
    starts_on     date        NOT NULL,
    ends_on       date        NOT NULL,
    PRIMARY KEY (academic_year, period),
    CHECK (ends_on > starts_on)
);
INSERT INTO academic_calendar (academic_year, period, starts_on, ends_on) VALUES
    ('2025-2026', 'PERIOD_1', DATE '2025-09-01', DATE '2025-11-14'),
    ('2025-2026', 'PERIOD_2', DATE '2025-11-17', DATE '2026-02-06'),
    ('2025-2026', 'PERIOD_3', DATE '2026-02-09', DATE '2026-04-17'),
    ('2025-2026', 'PERIOD_4', DATE '2026-04-20', DATE '2026-07-03'),
    ('2025-2026', 'SUMMER', DATE '2026-07-06', DATE '2026-08-28'),
    ('2026-2027', 'PERIOD_1', DATE '2026-09-01', DATE '2026-11-14'),
    ('2026-2027', 'PERIOD_2', DATE '2026-11-17', DATE '2027-02-06'),
    ('2026-2027', 'PERIOD_3', DATE '2027-02-09', DATE '2027-04-17'),
    ('2026-2027', 'PERIOD_4', DATE '2027-04-20', DATE '2027-07-03'),
    ('2026-2027', 'SUMMER', DATE '2027-07-06', DATE '2027-08-28'),
    ('2027-2028', 'PERIOD_1', DATE '2027-09-01', DATE '2027-11-14'),
    ('2027-2028', 'PERIOD_2', DATE '2027-11-17', DATE '2028-02-06'),
    ('2027-2028', 'PERIOD_3', DATE '2028-02-09', DATE '2028-04-17'),
    ('2027-2028', 'PERIOD_4', DATE '2028-04-20', DATE '2028-07-03'),
    ('2027-2028', 'SUMMER', DATE '2028-07-06', DATE '2028-08-28');
GRANT SELECT ON academic_calendar TO ${app_role};
--rollback DROP TABLE academic_calendar;

--changeset education:3
--comment: What a werkplaats knows of its teachers and experts: the institution a teacher comes from, an expert's company and expertise. Tenant-owned, one per team member.
CREATE TABLE coach_profile (
    membership_id  uuid PRIMARY KEY,
    werkplaats_id  uuid         NOT NULL REFERENCES werkplaats (id),
    institution_id uuid REFERENCES institution (id),
    expert_company varchar(200),
    expertise      varchar(500),
    version        bigint       NOT NULL DEFAULT 0,
    UNIQUE (werkplaats_id, membership_id),
    FOREIGN KEY (werkplaats_id, membership_id) REFERENCES membership (werkplaats_id, id)
);
ALTER TABLE coach_profile ENABLE ROW LEVEL SECURITY;
ALTER TABLE coach_profile FORCE ROW LEVEL SECURITY;
CREATE POLICY coach_profile_tenant ON coach_profile
    USING (werkplaats_id = app_current_werkplaats())
    WITH CHECK (werkplaats_id = app_current_werkplaats());
CREATE POLICY coach_profile_national_read ON coach_profile FOR SELECT
    USING (app_national_read());
GRANT SELECT, INSERT, UPDATE ON coach_profile TO ${app_role};
--rollback DROP TABLE coach_profile;

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

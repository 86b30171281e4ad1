--liquibase formatted sql

--changeset kpi:3 splitStatements:false
--comment: The KPI definition in one place: what each record of the modules' read models contributes to which figure, on which Dutch day, for which werkplaats — an amount to add up (trajecten, trainingen, bereik, verwijzingen, the 1-meting's classes) or a member of a set counted distinctly (organisations by KVK number, students by their identity key). kind and source_id name the record a contribution follows from (T traject, I intake, E event, H reach record, F referral, M 1-meting response), so the maintained copy can be brought up to date one record at a time. Owner only: it reads across werkplaatsen and carries student keys.
CREATE VIEW kpi_contribution_source AS
    -- A traject counts on the day it started: as a traject, for its organisation, and for each student on it.
    SELECT 'T'::char(1) AS kind, t.id AS source_id, t.werkplaats_id, t.started_on AS day, 'trajecten'::text AS measure,
        1 AS amount, NULL::text AS member
    FROM traject_touchpoint t
    WHERE t.started_on IS NOT NULL
    UNION ALL
    SELECT 'T', t.id, t.werkplaats_id, t.started_on, 'organisaties', NULL::integer, k.kvk_number
    FROM traject_touchpoint t JOIN organisation_kvk k ON k.organisation_id = t.organisation_id
    WHERE t.started_on IS NOT NULL AND k.kvk_number IS NOT NULL
    UNION ALL
    SELECT DISTINCT 'T', t.id, t.werkplaats_id, t.started_on, 'studenten', NULL::integer, i.student_key
    FROM traject_touchpoint t
    JOIN traject_student s ON s.werkplaats_id = t.werkplaats_id AND s.traject_id = t.id
    JOIN student_identity i ON i.werkplaats_id = s.werkplaats_id AND i.student_id = s.student_id
    WHERE t.started_on IS NOT NULL
    UNION ALL
    -- An intake (not one imported with a traject from the spreadsheets) touches its organisation on the Dutch day it came in.
    SELECT 'I', i.id, i.werkplaats_id, (i.occurred_at AT TIME ZONE 'Europe/Amsterdam')::date, 'organisaties', NULL::integer,
        k.kvk_number
    FROM intake_touchpoint i JOIN organisation_kvk k ON k.organisation_id = i.organisation_id
    WHERE i.channel <> 'IMPORT' AND k.kvk_number IS NOT NULL
    UNION ALL
    -- An event that took place: its participations (attended registrations and attendance without one), those
    -- naming no KVK number, and each organisation a registration names.
    SELECT 'E', p.event_id, p.werkplaats_id, p.starts_on, 'trainingen', sum(p.participants)::integer, NULL::text
    FROM event_participation p
    GROUP BY p.event_id, p.werkplaats_id, p.starts_on
    UNION ALL
    SELECT 'E', p.event_id, p.werkplaats_id, p.starts_on, 'anonymous_participations', sum(p.participants)::integer, NULL::text
    FROM event_participation p
    WHERE p.kvk_number IS NULL
    GROUP BY p.event_id, p.werkplaats_id, p.starts_on
    UNION ALL
    SELECT DISTINCT 'E', p.event_id, p.werkplaats_id, p.starts_on, 'organisaties', NULL::integer, p.kvk_number
    FROM event_participation p
    WHERE p.kvk_number IS NOT NULL
    UNION ALL
    -- Reach counts on the first day of the period it was recorded for.
    SELECT 'H', r.reach_record_id, r.werkplaats_id, r.period_start, 'reached', r.reached, NULL::text
    FROM reach_count r
    UNION ALL
    -- A referral counts on the Dutch day it was made, for the werkplaats that made it.
    SELECT 'F', f.referral_id, f.werkplaats_id, f.made_on, x.measure, 1, NULL::text
    FROM referral_made f
    CROSS JOIN LATERAL (SELECT 'referrals_made' UNION ALL SELECT 'referrals_accepted' WHERE f.accepted) x(measure)
    UNION ALL
    -- A 1-meting counts on the day it was answered: a respondent, their satisfaction's class (9-10, 7-8, 6, 1-5),
    -- whether they name a step that continues digitising (a-h), and each step they name.
    SELECT 'M', m.response_id, m.werkplaats_id, m.answered_on, x.measure, 1, NULL::text
    FROM monitor_one_measurement m
    CROSS JOIN LATERAL (
        SELECT 'respondents'
        UNION ALL
        SELECT CASE WHEN m.satisfaction BETWEEN 9 AND 10 THEN 'very_satisfied'
                WHEN m.satisfaction BETWEEN 7 AND 8 THEN 'satisfied'
                WHEN m.satisfaction = 6 THEN 'neutral'
                ELSE 'dissatisfied' END
        WHERE m.satisfaction BETWEEN 1 AND 10
        UNION ALL
        SELECT 'continuing' WHERE m.steps && ARRAY['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']::varchar[]
        UNION ALL
        SELECT DISTINCT 'step_' || s FROM unnest(m.steps) s
        WHERE s IN ('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j')) x(measure);
REVOKE ALL ON kpi_contribution_source FROM PUBLIC;

-- Which calendar periods a day falls in: the maintained distinct counts are kept for these.
CREATE FUNCTION kpi_period_starts(p_day date) RETURNS TABLE (unit char(1), period_start date)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT u.unit, date_trunc(u.field, p_day::timestamp)::date
    FROM (VALUES ('Y', 'year'), ('Q', 'quarter'), ('M', 'month')) u(unit, field)
$$;

-- The calendar period a period is (Y year, Q quarter, M month), or null for any other.
CREATE FUNCTION kpi_unit_of(p_from date, p_to date) RETURNS char(1)
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$
    SELECT CASE
        WHEN p_from = date_trunc('year', p_from::timestamp)::date
            AND p_to = (p_from + interval '1 year' - interval '1 day')::date THEN 'Y'
        WHEN p_from = date_trunc('quarter', p_from::timestamp)::date
            AND p_to = (p_from + interval '3 months' - interval '1 day')::date THEN 'Q'
        WHEN p_from = date_trunc('month', p_from::timestamp)::date
            AND p_to = (p_from + interval '1 month' - interval '1 day')::date THEN 'M'
    END
$$;

-- The maintained copy of the contributions, brought up to date in the transaction that changes a record.
CREATE TABLE kpi_contribution (
    kind          char(1) NOT NULL,
    source_id     uuid    NOT NULL,
    werkplaats_id uuid    NOT NULL,
    day           date    NOT NULL,
    measure       text    NOT NULL,
    amount        integer,
    member        text,
    CHECK ((amount IS NULL) <> (member IS NULL))
);
CREATE INDEX kpi_contribution_source_record ON kpi_contribution (kind, source_id);

-- Each calendar period's sums per werkplaats: a year of the network is twenty rows per figure to add.
CREATE TABLE kpi_total (
    measure       text    NOT NULL,
    unit          char(1) NOT NULL,
    period_start  date    NOT NULL,
    werkplaats_id uuid    NOT NULL,
    amount        bigint  NOT NULL,
    PRIMARY KEY (measure, unit, period_start, werkplaats_id)
);

-- Each calendar period's distinct members per werkplaats, with how many contributions name them.
CREATE TABLE kpi_member (
    measure       text    NOT NULL,
    unit          char(1) NOT NULL,
    period_start  date    NOT NULL,
    werkplaats_id uuid    NOT NULL,
    member        text    NOT NULL,
    refs          integer NOT NULL CHECK (refs >= 0),
    PRIMARY KEY (measure, unit, period_start, werkplaats_id, member)
);
CREATE INDEX kpi_member_unreferenced ON kpi_member (measure) WHERE refs = 0;

-- The same members across the network, with how many werkplaatsen name them.
CREATE TABLE kpi_national_member (
    measure      text    NOT NULL,
    unit         char(1) NOT NULL,
    period_start date    NOT NULL,
    member       text    NOT NULL,
    werkplaatsen integer NOT NULL CHECK (werkplaatsen >= 0),
    PRIMARY KEY (measure, unit, period_start, member)
);
CREATE INDEX kpi_national_member_unreferenced ON kpi_national_member (measure) WHERE werkplaatsen = 0;

-- How many distinct members each calendar period has, per werkplaats and across the network.
CREATE TABLE kpi_member_count (
    measure       text    NOT NULL,
    unit          char(1) NOT NULL,
    period_start  date    NOT NULL,
    werkplaats_id uuid    NOT NULL,
    members       bigint  NOT NULL CHECK (members >= 0),
    PRIMARY KEY (measure, unit, period_start, werkplaats_id)
);
CREATE TABLE kpi_national_count (
    measure      text    NOT NULL,
    unit         char(1) NOT NULL,
    period_start date    NOT NULL,
    members      bigint  NOT NULL CHECK (members >= 0),
    PRIMARY KEY (measure, unit, period_start)
);
REVOKE ALL ON kpi_contribution, kpi_total, kpi_member, kpi_national_member, kpi_member_count, kpi_national_count
    FROM PUBLIC;

-- For bringing contributions up to date when an organisation's KVK number or a student's identity changes.
CREATE INDEX traject_organisation ON traject (organisation_id);
CREATE INDEX student_membership ON student (membership_id) WHERE membership_id IS NOT NULL;
--rollback DROP INDEX student_membership; DROP INDEX traject_organisation; DROP TABLE kpi_national_count; DROP TABLE kpi_member_count; DROP TABLE kpi_national_member; DROP TABLE kpi_member; DROP TABLE kpi_total; DROP TABLE kpi_contribution; DROP FUNCTION kpi_unit_of(date, date); DROP FUNCTION kpi_period_starts(date); DROP VIEW kpi_contribution_source;

--changeset kpi:4 splitStatements:false
--comment: Keeping the maintained figures exact in the writing transaction: added and removed contributions move each calendar period's totals, and the reference counts of each calendar period's members; a member's first reference in a werkplaats counts it there, its first werkplaats counts it nationally (and the last ones uncount it). Set-based, so a bulk import is a few statements.
CREATE FUNCTION kpi_contributions_added() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
BEGIN
    INSERT INTO kpi_total AS t (measure, unit, period_start, werkplaats_id, amount)
    SELECT c.measure, p.unit, p.period_start, c.werkplaats_id, sum(c.amount)
    FROM new_rows c CROSS JOIN LATERAL kpi_period_starts(c.day) p
    WHERE c.amount IS NOT NULL
    GROUP BY c.measure, p.unit, p.period_start, c.werkplaats_id ORDER BY 1, 2, 3, 4
    ON CONFLICT (measure, unit, period_start, werkplaats_id) DO UPDATE SET amount = t.amount + excluded.amount;

    WITH named AS (
        SELECT c.measure, p.unit, p.period_start, c.werkplaats_id, c.member, count(*)::integer AS refs
        FROM new_rows c CROSS JOIN LATERAL kpi_period_starts(c.day) p
        WHERE c.member IS NOT NULL
        GROUP BY c.measure, p.unit, p.period_start, c.werkplaats_id, c.member
    ), referenced AS (
        INSERT INTO kpi_member AS m (measure, unit, period_start, werkplaats_id, member, refs)
        SELECT * FROM named ORDER BY measure, unit, period_start, werkplaats_id, member
        ON CONFLICT (measure, unit, period_start, werkplaats_id, member) DO UPDATE SET refs = m.refs + excluded.refs
        RETURNING m.measure, m.unit, m.period_start, m.werkplaats_id, m.member, m.refs
    ), new_in_werkplaats AS (
        -- A member is new to a werkplaats's period when all its references are the ones just added.
        SELECT r.* FROM referenced r
        JOIN named n USING (measure, unit, period_start, werkplaats_id, member)
        WHERE r.refs = n.refs
    ), counted AS (
        INSERT INTO kpi_member_count AS c (measure, unit, period_start, werkplaats_id, members)
        SELECT measure, unit, period_start, werkplaats_id, count(*) FROM new_in_werkplaats
        GROUP BY measure, unit, period_start, werkplaats_id ORDER BY measure, unit, period_start, werkplaats_id
        ON CONFLICT (measure, unit, period_start, werkplaats_id) DO UPDATE SET members = c.members + excluded.members
    ), named_nationally AS (
        SELECT measure, unit, period_start, member, count(*)::integer AS werkplaatsen FROM new_in_werkplaats
        GROUP BY measure, unit, period_start, member
    ), national AS (
        INSERT INTO kpi_national_member AS m (measure, unit, period_start, member, werkplaatsen)
        SELECT * FROM named_nationally ORDER BY measure, unit, period_start, member
        ON CONFLICT (measure, unit, period_start, member) DO UPDATE SET werkplaatsen = m.werkplaatsen + excluded.werkplaatsen
        RETURNING m.measure, m.unit, m.period_start, m.member, m.werkplaatsen
    ), new_nationally AS (
        SELECT r.measure, r.unit, r.period_start FROM national r
        JOIN named_nationally n USING (measure, unit, period_start, member)
        WHERE r.werkplaatsen = n.werkplaatsen
    )
    INSERT INTO kpi_national_count AS c (measure, unit, period_start, members)
    SELECT measure, unit, period_start, count(*) FROM new_nationally
    GROUP BY measure, unit, period_start ORDER BY measure, unit, period_start
    ON CONFLICT (measure, unit, period_start) DO UPDATE SET members = c.members + excluded.members;
    RETURN NULL;
END
$$;

CREATE FUNCTION kpi_contributions_removed() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
BEGIN
    UPDATE kpi_total t SET amount = t.amount - r.amount
    FROM (SELECT c.measure, p.unit, p.period_start, c.werkplaats_id, sum(c.amount) AS amount
        FROM old_rows c CROSS JOIN LATERAL kpi_period_starts(c.day) p
        WHERE c.amount IS NOT NULL
        GROUP BY c.measure, p.unit, p.period_start, c.werkplaats_id) r
    WHERE t.measure = r.measure AND t.unit = r.unit AND t.period_start = r.period_start
        AND t.werkplaats_id = r.werkplaats_id;

    WITH named AS (
        SELECT c.measure, p.unit, p.period_start, c.werkplaats_id, c.member, count(*)::integer AS refs
        FROM old_rows c CROSS JOIN LATERAL kpi_period_starts(c.day) p
        WHERE c.member IS NOT NULL
        GROUP BY c.measure, p.unit, p.period_start, c.werkplaats_id, c.member
    ), dereferenced AS (
        UPDATE kpi_member m SET refs = m.refs - n.refs
        FROM named n
        WHERE m.measure = n.measure AND m.unit = n.unit AND m.period_start = n.period_start
            AND m.werkplaats_id = n.werkplaats_id AND m.member = n.member
        RETURNING m.measure, m.unit, m.period_start, m.werkplaats_id, m.member, m.refs
    ), gone_from_werkplaats AS (
        SELECT * FROM dereferenced WHERE refs = 0
    ), uncounted AS (
        UPDATE kpi_member_count c SET members = c.members - g.members
        FROM (SELECT measure, unit, period_start, werkplaats_id, count(*) AS members FROM gone_from_werkplaats
            GROUP BY measure, unit, period_start, werkplaats_id) g
        WHERE c.measure = g.measure AND c.unit = g.unit AND c.period_start = g.period_start
            AND c.werkplaats_id = g.werkplaats_id
    ), national AS (
        UPDATE kpi_national_member m SET werkplaatsen = m.werkplaatsen - g.werkplaatsen
        FROM (SELECT measure, unit, period_start, member, count(*) AS werkplaatsen FROM gone_from_werkplaats
            GROUP BY measure, unit, period_start, member) g
        WHERE m.measure = g.measure AND m.unit = g.unit AND m.period_start = g.period_start AND m.member = g.member
        RETURNING m.measure, m.unit, m.period_start, m.werkplaatsen
    )
    UPDATE kpi_national_count c SET members = c.members - g.members
    FROM (SELECT measure, unit, period_start, count(*) AS members FROM national WHERE werkplaatsen = 0
        GROUP BY measure, unit, period_start) g
    WHERE c.measure = g.measure AND c.unit = g.unit AND c.period_start = g.period_start;

    DELETE FROM kpi_member WHERE refs = 0;
    DELETE FROM kpi_national_member WHERE werkplaatsen = 0;
    RETURN NULL;
END
$$;

CREATE TRIGGER kpi_contributions_added AFTER INSERT ON kpi_contribution
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_contributions_added();
CREATE TRIGGER kpi_contributions_removed AFTER DELETE ON kpi_contribution
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION kpi_contributions_removed();

-- Brings the contributions of the given records up to date with the definition; only records whose
-- contributions differ are rewritten. Runs as the owner, who reads past row-level security (BYPASSRLS): a change in
-- one werkplaats (an organisation's KVK number) can move another's figures.
CREATE FUNCTION kpi_refresh(p_kind char(1), p_ids uuid[]) RETURNS void
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    changed uuid[];
BEGIN
    IF p_ids IS NULL OR cardinality(p_ids) = 0 THEN
        RETURN;
    END IF;
    WITH fresh AS (
        SELECT source_id, werkplaats_id, day, measure, amount, member FROM kpi_contribution_source
        WHERE kind = p_kind AND source_id = ANY (p_ids)
    ), kept AS (
        SELECT source_id, werkplaats_id, day, measure, amount, member FROM kpi_contribution
        WHERE kind = p_kind AND source_id = ANY (p_ids)
    )
    SELECT array_agg(DISTINCT d.source_id) INTO changed
    FROM ((SELECT * FROM fresh EXCEPT ALL SELECT * FROM kept) UNION ALL (SELECT * FROM kept EXCEPT ALL SELECT * FROM fresh)) d;
    IF changed IS NULL THEN
        RETURN;
    END IF;
    DELETE FROM kpi_contribution WHERE kind = p_kind AND source_id = ANY (changed);
    INSERT INTO kpi_contribution (kind, source_id, werkplaats_id, day, measure, amount, member)
    SELECT kind, source_id, werkplaats_id, day, measure, amount, member FROM kpi_contribution_source
    WHERE kind = p_kind AND source_id = ANY (changed);
END
$$;

-- A record of a read model's table changed: TG_ARGV[0] is the kind it feeds, TG_ARGV[1] the column naming the
-- record (its id, or the parent's).
CREATE FUNCTION kpi_record_changed() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    ids uuid[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        EXECUTE format('SELECT array_agg(DISTINCT %I) FROM new_rows', TG_ARGV[1]) INTO ids;
    ELSIF TG_OP = 'DELETE' THEN
        EXECUTE format('SELECT array_agg(DISTINCT %I) FROM old_rows', TG_ARGV[1]) INTO ids;
    ELSE
        EXECUTE format('SELECT array_agg(DISTINCT k) FROM (SELECT %1$I AS k FROM new_rows UNION SELECT %1$I FROM old_rows) s',
            TG_ARGV[1]) INTO ids;
    END IF;
    PERFORM kpi_refresh(TG_ARGV[0], ids);
    RETURN NULL;
END
$$;

-- An organisation's KVK number changed: its trajecten and intakes count another organisation.
CREATE FUNCTION kpi_organisation_changed() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
DECLARE
    organisations uuid[];
BEGIN
    SELECT array_agg(n.id) INTO organisations
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE n.kvk_number IS DISTINCT FROM o.kvk_number;
    IF organisations IS NOT NULL THEN
        PERFORM kpi_refresh('T', ARRAY(SELECT id FROM traject WHERE organisation_id = ANY (organisations)));
        PERFORM kpi_refresh('I', ARRAY(SELECT id FROM intake WHERE organisation_id = ANY (organisations)));
    END IF;
    RETURN NULL;
END
$$;

-- A student's identity changed (their references, email or account): the trajecten they are on count them anew.
CREATE FUNCTION kpi_student_changed() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
BEGIN
    PERFORM kpi_refresh('T', ARRAY(
        SELECT DISTINCT m.traject_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        JOIN traject_member m ON m.werkplaats_id = n.werkplaats_id AND m.student_id = n.id));
    RETURN NULL;
END
$$;

-- An account's subject changed (set when an invitation is accepted): its students may be known by it now.
CREATE FUNCTION kpi_membership_changed() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
BEGIN
    PERFORM kpi_refresh('T', ARRAY(
        SELECT DISTINCT m.traject_id FROM new_rows n JOIN old_rows o ON o.id = n.id
        JOIN student s ON s.membership_id = n.id
        JOIN traject_member m ON m.werkplaats_id = s.werkplaats_id AND m.student_id = s.id
        WHERE n.subject IS DISTINCT FROM o.subject));
    RETURN NULL;
END
$$;

-- Rebuilds the maintained figures from the definition (after a bulk load that bypassed triggers, or to check
-- them): a few set-based statements.
CREATE FUNCTION kpi_rebuild() RETURNS void
    LANGUAGE plpgsql
    SET search_path = public, pg_temp
    AS $$
BEGIN
    ALTER TABLE kpi_contribution DISABLE TRIGGER kpi_contributions_added;
    ALTER TABLE kpi_contribution DISABLE TRIGGER kpi_contributions_removed;
    TRUNCATE kpi_contribution, kpi_total, kpi_member, kpi_national_member, kpi_member_count, kpi_national_count;
    INSERT INTO kpi_contribution (kind, source_id, werkplaats_id, day, measure, amount, member)
    SELECT kind, source_id, werkplaats_id, day, measure, amount, member FROM kpi_contribution_source;
    INSERT INTO kpi_total (measure, unit, period_start, werkplaats_id, amount)
    SELECT c.measure, p.unit, p.period_start, c.werkplaats_id, sum(c.amount)
    FROM kpi_contribution c CROSS JOIN LATERAL kpi_period_starts(c.day) p
    WHERE c.amount IS NOT NULL
    GROUP BY c.measure, p.unit, p.period_start, c.werkplaats_id;
    INSERT INTO kpi_member (measure, unit, period_start, werkplaats_id, member, refs)
    SELECT c.measure, p.unit, p.period_start, c.werkplaats_id, c.member, count(*)
    FROM kpi_contribution c CROSS JOIN LATERAL kpi_period_starts(c.day) p
    WHERE c.member IS NOT NULL
    GROUP BY c.measure, p.unit, p.period_start, c.werkplaats_id, c.member;
    INSERT INTO kpi_national_member (measure, unit, period_start, member, werkplaatsen)
    SELECT measure, unit, period_start, member, count(*) FROM kpi_member GROUP BY measure, unit, period_start, member;
    INSERT INTO kpi_member_count (measure, unit, period_start, werkplaats_id, members)
    SELECT measure, unit, period_start, werkplaats_id, count(*) FROM kpi_member
    GROUP BY measure, unit, period_start, werkplaats_id;
    INSERT INTO kpi_national_count (measure, unit, period_start, members)
    SELECT measure, unit, period_start, count(*) FROM kpi_national_member GROUP BY measure, unit, period_start;
    ALTER TABLE kpi_contribution ENABLE TRIGGER kpi_contributions_added;
    ALTER TABLE kpi_contribution ENABLE TRIGGER kpi_contributions_removed;
END
$$;
REVOKE ALL ON FUNCTION kpi_refresh(char, uuid[]), kpi_rebuild() FROM PUBLIC;

CREATE FUNCTION kpi_tables_truncated() RETURNS trigger
    LANGUAGE plpgsql
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
BEGIN
    PERFORM kpi_rebuild();
    RETURN NULL;
END
$$;

-- Each table a contribution follows from, by the kind it feeds and the column naming the record.
DO $$
DECLARE
    watched record;
BEGIN
    FOR watched IN SELECT * FROM (VALUES ('traject', 'T', 'id'), ('traject_member', 'T', 'traject_id'),
            ('intake', 'I', 'id'), ('event', 'E', 'id'), ('event_registration', 'E', 'event_id'),
            ('reach_record', 'H', 'id'), ('referral', 'F', 'id'), ('monitor_response', 'M', 'id'),
            ('monitor_answer', 'M', 'response_id')) w(tbl, kind, col) LOOP
        EXECUTE format('CREATE TRIGGER kpi_inserted AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows '
            'FOR EACH STATEMENT EXECUTE FUNCTION kpi_record_changed(%L, %L)', watched.tbl, watched.kind, watched.col);
        EXECUTE format('CREATE TRIGGER kpi_updated AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows '
            'FOR EACH STATEMENT EXECUTE FUNCTION kpi_record_changed(%L, %L)', watched.tbl, watched.kind, watched.col);
        EXECUTE format('CREATE TRIGGER kpi_deleted AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows '
            'FOR EACH STATEMENT EXECUTE FUNCTION kpi_record_changed(%L, %L)', watched.tbl, watched.kind, watched.col);
        EXECUTE format('CREATE TRIGGER kpi_truncated AFTER TRUNCATE ON %I FOR EACH STATEMENT '
            'EXECUTE FUNCTION kpi_tables_truncated()', watched.tbl);
    END LOOP;
END
$$;
CREATE TRIGGER kpi_updated AFTER UPDATE ON organisation REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION kpi_organisation_changed();
CREATE TRIGGER kpi_updated AFTER UPDATE ON student REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION kpi_student_changed();
CREATE TRIGGER kpi_updated AFTER UPDATE ON membership REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION kpi_membership_changed();

SELECT kpi_rebuild();
--rollback DROP TRIGGER kpi_updated ON membership; DROP TRIGGER kpi_updated ON student; DROP TRIGGER kpi_updated ON organisation; DO $$ DECLARE t text; BEGIN FOREACH t IN ARRAY ARRAY['traject', 'traject_member', 'intake', 'event', 'event_registration', 'reach_record', 'referral', 'monitor_response', 'monitor_answer'] LOOP EXECUTE format('DROP TRIGGER kpi_inserted ON %I; DROP TRIGGER kpi_updated ON %I; DROP TRIGGER kpi_deleted ON %I; DROP TRIGGER kpi_truncated ON %I', t, t, t, t); END LOOP; END $$; DROP FUNCTION kpi_tables_truncated(); DROP FUNCTION kpi_rebuild(); DROP FUNCTION kpi_membership_changed(); DROP FUNCTION kpi_student_changed(); DROP FUNCTION kpi_organisation_changed(); DROP FUNCTION kpi_record_changed(); DROP FUNCTION kpi_refresh(char, uuid[]); DROP TRIGGER kpi_contributions_removed ON kpi_contribution; DROP TRIGGER kpi_contributions_added ON kpi_contribution; DROP FUNCTION kpi_contributions_removed(); DROP FUNCTION kpi_contributions_added();

--changeset kpi:5 splitStatements:false
--comment: The figures of each period: from the maintained totals and counts for calendar years, quarters and months (a few index reads, whatever the size of the network), from the definition for any other period (called only then: a function not called is not planned). Both give each figure per werkplaats counted and nationally (werkplaats_id null, each member once) as rows of (period, werkplaats, measure, value); kpi_figures keeps its signature and turns them into one row per period and werkplaats with its ambition. As before, the API decides which werkplaatsen a caller may count (p_werkplaatsen; null for all).
CREATE FUNCTION kpi_definition(p_numbers integer[], p_froms date[], p_tos date[], p_werkplaatsen uuid[])
    RETURNS TABLE (period integer, werkplaats_id uuid, measure text, value bigint)
    LANGUAGE sql
    STABLE
    SET search_path = public, pg_temp
    AS $$
    WITH period AS (
        SELECT p.n AS period, p.from_on, p.to_on FROM unnest(p_numbers, p_froms, p_tos) AS p(n, from_on, to_on)
    ), counted AS (
        SELECT w.id FROM werkplaats w WHERE p_werkplaatsen IS NULL OR w.id = ANY (p_werkplaatsen)
    ), contribution AS (
        SELECT p.period, s.werkplaats_id, s.measure, s.amount, s.member
        FROM kpi_contribution_source s JOIN period p ON s.day BETWEEN p.from_on AND p.to_on
        WHERE s.werkplaats_id IN (SELECT id FROM counted)
    )
    SELECT period, werkplaats_id, measure,
        CASE WHEN count(member) > 0 THEN count(DISTINCT member) ELSE sum(amount) END
    FROM contribution
    GROUP BY GROUPING SETS ((period, werkplaats_id, measure), (period, measure))
$$;

CREATE FUNCTION kpi_maintained(p_numbers integer[], p_units char(1)[], p_froms date[], p_tos date[],
        p_werkplaatsen uuid[])
    RETURNS TABLE (period integer, werkplaats_id uuid, measure text, value bigint)
    LANGUAGE sql
    STABLE
    SET search_path = public, pg_temp
    AS $$
    WITH period AS (
        SELECT p.n AS period, p.unit, p.from_on, p.to_on
        FROM unnest(p_numbers, p_units, p_froms, p_tos) AS p(n, unit, from_on, to_on)
    ), counted AS (
        SELECT w.id FROM werkplaats w WHERE p_werkplaatsen IS NULL OR w.id = ANY (p_werkplaatsen)
    )
    SELECT p.period, t.werkplaats_id, t.measure, sum(t.amount)::bigint
    FROM kpi_total t JOIN period p ON t.unit = p.unit AND t.period_start = p.from_on
    WHERE t.werkplaats_id IN (SELECT id FROM counted)
    GROUP BY GROUPING SETS ((p.period, t.werkplaats_id, t.measure), (p.period, t.measure))
    UNION ALL
    SELECT p.period, c.werkplaats_id, c.measure, c.members
    FROM kpi_member_count c JOIN period p ON c.unit = p.unit AND c.period_start = p.from_on
    WHERE c.werkplaats_id IN (SELECT id FROM counted)
    UNION ALL
    -- Nationally: the network's count, one werkplaats's own, or the members of the ones asked for counted once.
    SELECT p.period, NULL, n.measure, n.members
    FROM kpi_national_count n JOIN period p ON n.unit = p.unit AND n.period_start = p.from_on
    WHERE p_werkplaatsen IS NULL
    UNION ALL
    SELECT p.period, NULL, c.measure, c.members
    FROM kpi_member_count c JOIN period p ON c.unit = p.unit AND c.period_start = p.from_on
    WHERE cardinality(p_werkplaatsen) = 1 AND c.werkplaats_id = p_werkplaatsen[1]
    UNION ALL
    SELECT p.period, NULL, m.measure, count(DISTINCT m.member)
    FROM kpi_member m JOIN period p ON m.unit = p.unit AND m.period_start = p.from_on
    WHERE cardinality(p_werkplaatsen) > 1 AND m.werkplaats_id = ANY (p_werkplaatsen)
    GROUP BY p.period, m.measure
$$;

CREATE OR REPLACE FUNCTION kpi_figures(p_froms date[], p_tos date[], p_werkplaatsen uuid[])
    RETURNS TABLE (period integer, werkplaats_id uuid, trajecten bigint, studenten bigint, trainingen bigint,
        organisaties bigint, reached bigint, anonymous_participations bigint, referrals_made bigint,
        referrals_accepted bigint, respondents bigint, very_satisfied bigint, satisfied bigint, neutral bigint,
        dissatisfied bigint, continuing bigint, steps bigint[], ambition_year integer, reach_target integer,
        trainings_target integer, trajecten_target integer, students_target integer)
    LANGUAGE plpgsql
    STABLE
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
#variable_conflict use_column
DECLARE
    maintained_numbers integer[];
    maintained_units char(1)[];
    maintained_froms date[];
    maintained_tos date[];
    defined_numbers integer[];
    defined_froms date[];
    defined_tos date[];
BEGIN
    SELECT array_agg(x.n) FILTER (WHERE x.unit IS NOT NULL), array_agg(x.unit) FILTER (WHERE x.unit IS NOT NULL),
        array_agg(x.from_on) FILTER (WHERE x.unit IS NOT NULL), array_agg(x.to_on) FILTER (WHERE x.unit IS NOT NULL),
        array_agg(x.n) FILTER (WHERE x.unit IS NULL), array_agg(x.from_on) FILTER (WHERE x.unit IS NULL),
        array_agg(x.to_on) FILTER (WHERE x.unit IS NULL)
    INTO maintained_numbers, maintained_units, maintained_froms, maintained_tos, defined_numbers, defined_froms,
        defined_tos
    FROM (SELECT p.n::integer AS n, p.from_on, p.to_on, kpi_unit_of(p.from_on, p.to_on) AS unit
        FROM unnest(p_froms, p_tos) WITH ORDINALITY AS p(from_on, to_on, n)) x;
    RETURN QUERY
    WITH period AS (
        SELECT p.n::integer AS period, p.from_on FROM unnest(p_froms, p_tos) WITH ORDINALITY AS p(from_on, to_on, n)
    ), counted AS (
        SELECT w.id FROM werkplaats w WHERE p_werkplaatsen IS NULL OR w.id = ANY (p_werkplaatsen)
    ), figure AS (
        -- Each only when it has periods to count: a function not called is not planned.
        SELECT * FROM kpi_maintained(maintained_numbers, maintained_units, maintained_froms, maintained_tos, p_werkplaatsen)
        WHERE maintained_numbers IS NOT NULL
        UNION ALL
        SELECT * FROM kpi_definition(defined_numbers, defined_froms, defined_tos, p_werkplaatsen)
        WHERE defined_numbers IS NOT NULL
    ), row_key AS (
        SELECT p.period, p.from_on, c.id AS werkplaats_id FROM period p CROSS JOIN counted c
        UNION ALL
        SELECT p.period, p.from_on, NULL FROM period p
    ), pivoted AS (
        SELECT k.period, k.from_on, k.werkplaats_id,
            coalesce(sum(f.value) FILTER (WHERE f.measure = 'trajecten'), 0)::bigint AS trajecten,
            coalesce(sum(f.value) FILTER (WHERE f.measure = 'studenten'), 0)::bigint AS studenten,
            coalesce(sum(f.value) FILTER (WHERE f.measure = 'trainingen'), 0)::bigint AS trainingen,
            coalesce(sum(f.value) FILTER (WHERE f.measure = 'organisaties'), 0)::bigint AS organisaties,
            coalesce(sum(f.value) FILTER (WHERE f.measure = 'reached'), 0)::bigint AS reached,
            coalesce(sum(f.value) FILTER (WHERE f.measure = 'anonymous_participations'), 0)::bigint
                AS anonymous_participations,
            coalesce(sum(f.value) FILTER (WHERE f.measure = 'referrals_made'), 0)::bigint AS referrals_made,
            coalesce(sum(f.value) FILTER (WHERE f.measure = 'referrals_accepted'), 0)::bigint AS referrals_accepted,
            coalesce(sum(f.value) FILTER (WHERE f.measure = 'respondents'), 0)::bigint AS respondents,
            coalesce(sum(f.value) FILTER (WHERE f.measure = 'very_satisfied'), 0)::bigint AS very_satisfied,
            coalesce(sum(f.value) FILTER (WHERE f.measure = 'satisfied'), 0)::bigint AS satisfied,
            coalesce(sum(f.value) FILTER (WHERE f.measure = 'neutral'), 0)::bigint AS neutral,
            coalesce(sum(f.value) FILTER (WHERE f.measure = 'dissatisfied'), 0)::bigint AS dissatisfied,
            coalesce(sum(f.value) FILTER (WHERE f.measure = 'continuing'), 0)::bigint AS continuing,
            ARRAY[coalesce(sum(f.value) FILTER (WHERE f.measure = 'step_a'), 0),
                coalesce(sum(f.value) FILTER (WHERE f.measure = 'step_b'), 0),
                coalesce(sum(f.value) FILTER (WHERE f.measure = 'step_c'), 0),
                coalesce(sum(f.value) FILTER (WHERE f.measure = 'step_d'), 0),
                coalesce(sum(f.value) FILTER (WHERE f.measure = 'step_e'), 0),
                coalesce(sum(f.value) FILTER (WHERE f.measure = 'step_f'), 0),
                coalesce(sum(f.value) FILTER (WHERE f.measure = 'step_g'), 0),
                coalesce(sum(f.value) FILTER (WHERE f.measure = 'step_h'), 0),
                coalesce(sum(f.value) FILTER (WHERE f.measure = 'step_i'), 0),
                coalesce(sum(f.value) FILTER (WHERE f.measure = 'step_j'), 0)]::bigint[] AS steps
        FROM row_key k
        LEFT JOIN figure f ON f.period = k.period AND f.werkplaats_id IS NOT DISTINCT FROM k.werkplaats_id
        GROUP BY k.period, k.from_on, k.werkplaats_id
    )
    SELECT v.period, v.werkplaats_id, v.trajecten, v.studenten, v.trainingen, v.organisaties, v.reached,
        v.anonymous_participations, v.referrals_made, v.referrals_accepted, v.respondents, v.very_satisfied,
        v.satisfied, v.neutral, v.dissatisfied, v.continuing, v.steps, a.year::integer, a.reach_target::integer,
        a.trainings_target::integer, a.trajecten_target::integer, a.students_target::integer
    FROM pivoted v
    LEFT JOIN werkplaats_ambition a ON a.werkplaats_id = v.werkplaats_id AND a.year = extract(year FROM v.from_on)
    ORDER BY v.period, v.werkplaats_id NULLS FIRST;
END
$$;
REVOKE ALL ON FUNCTION kpi_definition(integer[], date[], date[], uuid[]),
    kpi_maintained(integer[], char(1)[], date[], date[], uuid[]) FROM PUBLIC;
--rollback DROP FUNCTION kpi_maintained(integer[], char(1)[], date[], date[], uuid[]); DROP FUNCTION kpi_definition(integer[], date[], date[], uuid[]);

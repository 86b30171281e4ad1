--liquibase formatted sql

--changeset kpi:6 splitStatements:false
--comment: The maintained sums per calendar period instead of per day: a year of the network is then twenty rows per figure to add, not seven thousand; any other period is computed from the definition anyway. Filled from the contributions already kept. kpi_figures calls the definition only for periods that need it.
CREATE TABLE kpi_total (
    measure       text    NOT NULL,
    unit          char(1) NOT NULL,
    period_start  date    NOT NULL,
    werkplaats_id uuid    NOT NULL,
    amount        bigint  NOT NULL,
    PRIMARY KEY (measure, unit, period_start, werkplaats_id)
);
REVOKE ALL ON kpi_total FROM PUBLIC;
INSERT INTO kpi_total (measure, unit, period_start, werkplaats_id, amount)
SELECT c.measure, p.unit, p.period_start, c.werkplaats_id, sum(c.amount)
FROM kpi_contribution c CROSS JOIN LATERAL kpi_period_starts(c.day) p
WHERE c.amount IS NOT NULL
GROUP BY c.measure, p.unit, p.period_start, c.werkplaats_id;

CREATE OR REPLACE FUNCTION kpi_contributions_added() RETURNS trigger
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

CREATE OR REPLACE FUNCTION kpi_contributions_removed() RETURNS trigger
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

CREATE OR REPLACE FUNCTION kpi_rebuild() RETURNS void
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

CREATE OR REPLACE FUNCTION kpi_maintained(p_numbers integer[], p_units char(1)[], p_froms date[], p_tos date[],
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

DROP TABLE kpi_day_total;
--rollback not required

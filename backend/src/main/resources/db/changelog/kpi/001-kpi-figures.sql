--liquibase formatted sql

--changeset kpi:1 splitStatements:false
--comment: The national KPIs, one definition for every werkplaats, as aggregates computed in SQL from the modules' read models. Runs as the owner, so the ministry's analyst gets figures while its transactions read no personal row; the API decides which werkplaatsen a caller may count (p_werkplaatsen; null for all). One row per period and werkplaats, and one national row per period (werkplaats_id null) that counts an organisation (by KVK number) and a student once across the werkplaatsen counted. Periods are given as two arrays of first and last days (inclusive), so a series is one statement.
CREATE FUNCTION kpi_figures(p_froms date[], p_tos date[], p_werkplaatsen uuid[])
    RETURNS TABLE (period integer, werkplaats_id uuid, trajecten bigint, studenten bigint, trainingen bigint,
        organisaties bigint, reached bigint, anonymous_participations bigint, referrals_made bigint,
        referrals_accepted bigint, respondents bigint, very_satisfied bigint, satisfied bigint, neutral bigint,
        dissatisfied bigint, continuing bigint, steps bigint[], ambition_year integer, reach_target integer,
        trainings_target integer, trajecten_target integer, students_target integer)
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
    WITH period AS (
        SELECT p.n::integer AS period, p.from_on, p.to_on
        FROM unnest(p_froms, p_tos) WITH ORDINALITY AS p(from_on, to_on, n)
    ), counted AS (
        SELECT w.id FROM werkplaats w WHERE p_werkplaatsen IS NULL OR w.id = ANY (p_werkplaatsen)
    ), started AS (
        SELECT p.period, t.werkplaats_id, t.id, t.organisation_id
        FROM traject_touchpoint t JOIN period p ON t.started_on BETWEEN p.from_on AND p.to_on
        WHERE t.werkplaats_id IN (SELECT id FROM counted)
    ), traject_figures AS (
        SELECT t.period, t.werkplaats_id, count(DISTINCT t.id) AS trajecten, count(DISTINCT i.student_key) AS studenten
        FROM started t
        LEFT JOIN traject_student s ON s.werkplaats_id = t.werkplaats_id AND s.traject_id = t.id
        LEFT JOIN student_identity i ON i.werkplaats_id = s.werkplaats_id AND i.student_id = s.student_id
        GROUP BY GROUPING SETS ((t.period, t.werkplaats_id), (t.period))
    ), participation AS (
        SELECT p.period, e.werkplaats_id, e.kvk_number, e.participants
        FROM event_participation e JOIN period p ON e.starts_on BETWEEN p.from_on AND p.to_on
        WHERE e.werkplaats_id IN (SELECT id FROM counted)
    ), training_figures AS (
        SELECT period, werkplaats_id, sum(participants) AS trainingen,
            coalesce(sum(participants) FILTER (WHERE kvk_number IS NULL), 0) AS anonymous_participations
        FROM participation
        GROUP BY GROUPING SETS ((period, werkplaats_id), (period))
    ), touchpoint AS (
        SELECT t.period, t.werkplaats_id, k.kvk_number
        FROM started t JOIN organisation_kvk k ON k.organisation_id = t.organisation_id
        UNION ALL
        SELECT p.period, i.werkplaats_id, k.kvk_number
        FROM intake_touchpoint i
        JOIN period p ON (i.occurred_at AT TIME ZONE 'Europe/Amsterdam')::date BETWEEN p.from_on AND p.to_on
        JOIN organisation_kvk k ON k.organisation_id = i.organisation_id
        WHERE i.werkplaats_id IN (SELECT id FROM counted) AND i.channel <> 'IMPORT'
        UNION ALL
        SELECT period, werkplaats_id, kvk_number FROM participation WHERE kvk_number IS NOT NULL
    ), organisation_figures AS (
        SELECT period, werkplaats_id, count(DISTINCT kvk_number) AS organisaties
        FROM touchpoint
        GROUP BY GROUPING SETS ((period, werkplaats_id), (period))
    ), reach_figures AS (
        SELECT p.period, r.werkplaats_id, sum(r.reached) AS reached
        FROM reach_count r JOIN period p ON r.period_start BETWEEN p.from_on AND p.to_on
        WHERE r.werkplaats_id IN (SELECT id FROM counted)
        GROUP BY GROUPING SETS ((p.period, r.werkplaats_id), (p.period))
    ), referral_figures AS (
        SELECT p.period, r.werkplaats_id, count(*) AS referrals_made, count(*) FILTER (WHERE r.accepted) AS referrals_accepted
        FROM referral_made r JOIN period p ON r.made_on BETWEEN p.from_on AND p.to_on
        WHERE r.werkplaats_id IN (SELECT id FROM counted)
        GROUP BY GROUPING SETS ((p.period, r.werkplaats_id), (p.period))
    ), monitor_figures AS (
        SELECT p.period, m.werkplaats_id, count(*) AS respondents,
            count(*) FILTER (WHERE m.satisfaction BETWEEN 9 AND 10) AS very_satisfied,
            count(*) FILTER (WHERE m.satisfaction BETWEEN 7 AND 8) AS satisfied,
            count(*) FILTER (WHERE m.satisfaction = 6) AS neutral,
            count(*) FILTER (WHERE m.satisfaction BETWEEN 1 AND 5) AS dissatisfied,
            count(*) FILTER (WHERE m.steps && ARRAY['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']::varchar[]) AS continuing,
            ARRAY[count(*) FILTER (WHERE 'a' = ANY (m.steps)), count(*) FILTER (WHERE 'b' = ANY (m.steps)),
                count(*) FILTER (WHERE 'c' = ANY (m.steps)), count(*) FILTER (WHERE 'd' = ANY (m.steps)),
                count(*) FILTER (WHERE 'e' = ANY (m.steps)), count(*) FILTER (WHERE 'f' = ANY (m.steps)),
                count(*) FILTER (WHERE 'g' = ANY (m.steps)), count(*) FILTER (WHERE 'h' = ANY (m.steps)),
                count(*) FILTER (WHERE 'i' = ANY (m.steps)), count(*) FILTER (WHERE 'j' = ANY (m.steps))] AS steps
        FROM monitor_one_measurement m JOIN period p ON m.answered_on BETWEEN p.from_on AND p.to_on
        WHERE m.werkplaats_id IN (SELECT id FROM counted)
        GROUP BY GROUPING SETS ((p.period, m.werkplaats_id), (p.period))
    ), row_key AS (
        SELECT p.period, p.from_on, c.id AS werkplaats_id FROM period p CROSS JOIN counted c
        UNION ALL
        SELECT p.period, p.from_on, NULL FROM period p
    )
    SELECT k.period, k.werkplaats_id, coalesce(t.trajecten, 0), coalesce(t.studenten, 0),
        coalesce(e.trainingen, 0), coalesce(o.organisaties, 0), coalesce(r.reached, 0),
        coalesce(e.anonymous_participations, 0), coalesce(f.referrals_made, 0), coalesce(f.referrals_accepted, 0),
        coalesce(m.respondents, 0), coalesce(m.very_satisfied, 0), coalesce(m.satisfied, 0), coalesce(m.neutral, 0),
        coalesce(m.dissatisfied, 0), coalesce(m.continuing, 0),
        coalesce(m.steps, ARRAY[0, 0, 0, 0, 0, 0, 0, 0, 0, 0]::bigint[]), a.year, a.reach_target,
        a.trainings_target, a.trajecten_target, a.students_target
    FROM row_key k
    LEFT JOIN traject_figures t ON t.period = k.period AND t.werkplaats_id IS NOT DISTINCT FROM k.werkplaats_id
    LEFT JOIN training_figures e ON e.period = k.period AND e.werkplaats_id IS NOT DISTINCT FROM k.werkplaats_id
    LEFT JOIN organisation_figures o ON o.period = k.period AND o.werkplaats_id IS NOT DISTINCT FROM k.werkplaats_id
    LEFT JOIN reach_figures r ON r.period = k.period AND r.werkplaats_id IS NOT DISTINCT FROM k.werkplaats_id
    LEFT JOIN referral_figures f ON f.period = k.period AND f.werkplaats_id IS NOT DISTINCT FROM k.werkplaats_id
    LEFT JOIN monitor_figures m ON m.period = k.period AND m.werkplaats_id IS NOT DISTINCT FROM k.werkplaats_id
    LEFT JOIN werkplaats_ambition a ON a.werkplaats_id = k.werkplaats_id AND a.year = extract(year FROM k.from_on)
    ORDER BY k.period, k.werkplaats_id NULLS FIRST
$$;
REVOKE ALL ON FUNCTION kpi_figures(date[], date[], uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kpi_figures(date[], date[], uuid[]) TO ${app_role};
--rollback DROP FUNCTION kpi_figures(date[], date[], uuid[]);

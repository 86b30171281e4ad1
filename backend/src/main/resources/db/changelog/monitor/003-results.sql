--liquibase formatted sql

--changeset monitor:4
--comment: The day a traject was completed, for the response rate of the period.
ALTER TABLE monitor_invitation ADD COLUMN completed_on date;
--rollback ALTER TABLE monitor_invitation DROP COLUMN completed_on;

--changeset monitor:5 splitStatements:false
--comment: The monitor's results as aggregates, computed in SQL. They run as the owner so that a national figure is not cut by a werkplaats's own view; the API decides which werkplaatsen a caller may count (p_werkplaatsen; null for all) and suppresses small groups for the ministry. Only national questions are counted, so werkplaatsen stay comparable; the 0-meting comes from the intake form (intake_zero_measurement), the others from the stored responses.
CREATE FUNCTION monitor_distribution(p_national_key varchar, p_from date, p_to date, p_group varchar,
        p_werkplaatsen uuid[])
    RETURNS TABLE (group_value varchar, question_key varchar, answer_value varchar, answers bigint, respondents bigint)
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
    WITH answered AS (
        SELECT r.werkplaats_id, r.organisation_id, r.id AS respondent, a.question_key, v.value
        FROM monitor_response r
        JOIN monitor_answer a ON a.response_id = r.id AND a.national
        CROSS JOIN LATERAL unnest(a.answer_values) AS v(value)
        WHERE r.national_key = p_national_key AND r.answered_on BETWEEN p_from AND p_to
            AND (p_werkplaatsen IS NULL OR r.werkplaats_id = ANY (p_werkplaatsen))
        UNION ALL
        SELECT z.werkplaats_id, z.organisation_id, z.intake_id, q.key, q.value
        FROM intake_zero_measurement z
        CROSS JOIN LATERAL (SELECT 'q1', z.found_via::varchar UNION ALL SELECT 'q3', z.maturity::varchar
            UNION ALL SELECT 'q5', z.expectation::varchar UNION ALL SELECT 'q4', unnest(z.baseline_obstacles)::varchar)
            AS q(key, value)
        WHERE p_national_key = 'NL-0-METING-V1' AND z.answered_on BETWEEN p_from AND p_to AND q.value IS NOT NULL
            AND (p_werkplaatsen IS NULL OR z.werkplaats_id = ANY (p_werkplaatsen))
    ), grouped AS (
        SELECT CASE p_group WHEN 'WERKPLAATS' THEN a.werkplaats_id::varchar WHEN 'SECTOR' THEN t.sbi_section::varchar
                WHEN 'SIZE_CLASS' THEN t.size_class::varchar ELSE 'ALL' END AS group_value,
            a.question_key, a.value, a.respondent
        FROM answered a LEFT JOIN organisation_target_group t ON t.organisation_id = a.organisation_id
    ), per_question AS (
        SELECT group_value, question_key, count(DISTINCT respondent) AS respondents FROM grouped GROUP BY 1, 2
    )
    SELECT g.group_value, g.question_key::varchar, g.value, count(DISTINCT g.respondent), q.respondents
    FROM grouped g JOIN per_question q ON q.group_value IS NOT DISTINCT FROM g.group_value
        AND q.question_key = g.question_key
    GROUP BY g.group_value, g.question_key, g.value, q.respondents
$$;
REVOKE ALL ON FUNCTION monitor_distribution(varchar, date, date, varchar, uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION monitor_distribution(varchar, date, date, varchar, uuid[]) TO ${app_role};

-- Per expectation of the 0-meting (vraag 5), how the same organisations answered the
-- 1-meting's vraag 1 statements: only organisations that answered both, at the same
-- werkplaats, each with the expectation of its newest 0-meting there.
CREATE FUNCTION monitor_expectation_results(p_from date, p_to date, p_werkplaatsen uuid[])
    RETURNS TABLE (expectation varchar, question_key varchar, respondents bigint, agreeing bigint)
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
    WITH one AS (
        SELECT r.id, r.werkplaats_id, r.organisation_id FROM monitor_response r
        WHERE r.national_key = 'NL-1-METING-V1' AND r.answered_on BETWEEN p_from AND p_to
            AND r.organisation_id IS NOT NULL AND (p_werkplaatsen IS NULL OR r.werkplaats_id = ANY (p_werkplaatsen))
    ), expected AS (
        SELECT DISTINCT ON (z.werkplaats_id, z.organisation_id) z.werkplaats_id, z.organisation_id, z.expectation
        FROM intake_zero_measurement z WHERE z.expectation IS NOT NULL
        ORDER BY z.werkplaats_id, z.organisation_id, z.answered_on DESC, z.intake_id
    )
    SELECT e.expectation::varchar, a.question_key::varchar, count(DISTINCT one.id),
        count(DISTINCT one.id) FILTER (WHERE a.answer_values && ARRAY['AGREE', 'STRONGLY_AGREE']::varchar[])
    FROM one
    JOIN expected e ON e.werkplaats_id = one.werkplaats_id AND e.organisation_id = one.organisation_id
    JOIN monitor_answer a ON a.response_id = one.id AND a.national AND a.question_key LIKE 'q1_'
    GROUP BY e.expectation, a.question_key
$$;
REVOKE ALL ON FUNCTION monitor_expectation_results(date, date, uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION monitor_expectation_results(date, date, uuid[]) TO ${app_role};

-- The 1-meting's response rate: per werkplaats, the trajecten completed in the period
-- (with or without consent), the 1-metingen sent, and those answered.
CREATE FUNCTION monitor_response_rate(p_from date, p_to date, p_werkplaatsen uuid[])
    RETURNS TABLE (werkplaats_id uuid, completed bigint, sent bigint, answered bigint)
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
    SELECT werkplaats_id, count(*), count(*) FILTER (WHERE sent_at IS NOT NULL),
        count(*) FILTER (WHERE status = 'ANSWERED')
    FROM monitor_invitation
    WHERE instrument = 'ONE_MEASUREMENT' AND completed_on BETWEEN p_from AND p_to
        AND (p_werkplaatsen IS NULL OR werkplaats_id = ANY (p_werkplaatsen))
    GROUP BY werkplaats_id
$$;
REVOKE ALL ON FUNCTION monitor_response_rate(date, date, uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION monitor_response_rate(date, date, uuid[]) TO ${app_role};
--rollback DROP FUNCTION monitor_response_rate(date, date, uuid[]); DROP FUNCTION monitor_expectation_results(date, date, uuid[]); DROP FUNCTION monitor_distribution(varchar, date, date, varchar, uuid[]);

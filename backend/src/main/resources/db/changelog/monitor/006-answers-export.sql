--liquibase formatted sql

--changeset monitor:8 splitStatements:false
--comment: The answers of a national instrument in a period, one row per answer, for the export to RVO: no name, no email; the KVK number for those who may see it. Runs as the owner, like the other results; the API decides which werkplaatsen a caller may read (p_werkplaatsen; null for all) and leaves out werkplaatsen with fewer responses than p_min_responses (the ministry's suppression). The 0-meting comes from the intake form.
CREATE FUNCTION monitor_answers_export(p_national_key varchar, p_from date, p_to date, p_werkplaatsen uuid[],
        p_min_responses integer)
    RETURNS TABLE (response_id uuid, werkplaats_id uuid, answered_on date, channel varchar, kvk_number varchar,
        question_key varchar, answer_values varchar[], text varchar)
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
    WITH response AS (
        SELECT r.id, r.werkplaats_id, r.answered_on, r.channel::varchar AS channel,
            coalesce(r.kvk_number, k.kvk_number)::varchar AS kvk_number
        FROM monitor_response r LEFT JOIN organisation_kvk k ON k.organisation_id = r.organisation_id
        WHERE r.national_key = p_national_key AND r.answered_on BETWEEN p_from AND p_to
            AND (p_werkplaatsen IS NULL OR r.werkplaats_id = ANY (p_werkplaatsen))
        UNION ALL
        SELECT z.intake_id, z.werkplaats_id, z.answered_on, 'INTAKE', k.kvk_number::varchar
        FROM intake_zero_measurement z LEFT JOIN organisation_kvk k ON k.organisation_id = z.organisation_id
        WHERE p_national_key = 'NL-0-METING-V1' AND z.answered_on BETWEEN p_from AND p_to
            AND (p_werkplaatsen IS NULL OR z.werkplaats_id = ANY (p_werkplaatsen))
    ), counted AS (
        SELECT r.*, count(*) OVER (PARTITION BY r.werkplaats_id) AS responses FROM response r
    ), answer AS (
        SELECT a.response_id, a.question_key::varchar, a.answer_values, a.text::varchar
        FROM monitor_answer a WHERE a.national AND a.response_id IN (SELECT id FROM counted)
        UNION ALL
        SELECT z.intake_id, q.key, q.answer_values, q.text
        FROM intake_zero_measurement z
        CROSS JOIN LATERAL (VALUES ('q1', ARRAY[z.found_via]::varchar[], z.found_via_other::varchar),
            ('q3', ARRAY[z.maturity::varchar]::varchar[], NULL), ('q4', z.baseline_obstacles::varchar[], NULL),
            ('q5', ARRAY[z.expectation]::varchar[], NULL)) AS q(key, answer_values, text)
        WHERE p_national_key = 'NL-0-METING-V1' AND z.intake_id IN (SELECT id FROM counted)
    )
    SELECT c.id, c.werkplaats_id, c.answered_on, c.channel, c.kvk_number, a.question_key,
        array_remove(a.answer_values, NULL), a.text
    FROM counted c LEFT JOIN answer a ON a.response_id = c.id
    WHERE c.responses >= p_min_responses
    ORDER BY c.werkplaats_id, c.answered_on, c.id
$$;
REVOKE ALL ON FUNCTION monitor_answers_export(varchar, date, date, uuid[], integer) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION monitor_answers_export(varchar, date, date, uuid[], integer) TO ${app_role};
--rollback DROP FUNCTION monitor_answers_export(varchar, date, date, uuid[], integer);

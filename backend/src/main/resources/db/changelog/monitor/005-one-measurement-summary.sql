--liquibase formatted sql

--changeset monitor:7
--comment: Read model: each answered 1-meting with its satisfaction (vraag 2, 1-10) and the follow-up steps it names (vraag 5, letters a-j); no text, no person. security_invoker, so row-level security applies to the reader.
CREATE VIEW monitor_one_measurement WITH (security_invoker = true) AS
    SELECT r.werkplaats_id, r.id AS response_id, r.answered_on,
        (SELECT a.answer_values[1]::integer FROM monitor_answer a
            WHERE a.response_id = r.id AND a.question_key = 'q2' AND a.national) AS satisfaction,
        coalesce((SELECT a.answer_values FROM monitor_answer a
            WHERE a.response_id = r.id AND a.question_key = 'q5' AND a.national), '{}') AS steps
    FROM monitor_response r
    WHERE r.national_key = 'NL-1-METING-V1';
GRANT SELECT ON monitor_one_measurement TO ${app_role};
--rollback DROP VIEW monitor_one_measurement;

--liquibase formatted sql

--changeset network:4
--comment: While a referral waits for an answer, the werkplaats it is sent to reads the referred intake, its contact and their consents: what it needs to decide and to accept. Nothing else crosses, and nothing once the referral is answered.
CREATE POLICY intake_referred_read ON intake FOR SELECT
    USING (EXISTS (SELECT 1 FROM referral r WHERE r.intake_id = intake.id AND r.status = 'SENT'
        AND r.to_werkplaats_id = app_current_werkplaats()));
CREATE POLICY organisation_contact_referred_read ON organisation_contact FOR SELECT
    USING (EXISTS (SELECT 1 FROM referral r JOIN intake i ON i.werkplaats_id = r.werkplaats_id AND i.id = r.intake_id
        WHERE i.contact_id = organisation_contact.id AND r.status = 'SENT'
        AND r.to_werkplaats_id = app_current_werkplaats()));
CREATE POLICY consent_referred_read ON consent FOR SELECT
    USING (EXISTS (SELECT 1 FROM referral r JOIN intake i ON i.werkplaats_id = r.werkplaats_id AND i.id = r.intake_id
        WHERE i.contact_id = consent.contact_id AND r.status = 'SENT'
        AND r.to_werkplaats_id = app_current_werkplaats()));
--rollback DROP POLICY consent_referred_read ON consent; DROP POLICY organisation_contact_referred_read ON organisation_contact; DROP POLICY intake_referred_read ON intake;

--changeset network:5 splitStatements:false
--comment: What became of referrals at the receiver, for either party or a national read: the received intake's status and its traject's status and dates, nothing personal. Runs as the owner, so the sender need not read the receiver's rows.
CREATE FUNCTION referral_outcome(p_ids uuid[])
    RETURNS TABLE (referral_id uuid, intake_status varchar, traject_status varchar, planned_start date,
        started_on date, delivered_on date, completed_at timestamptz)
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
    SELECT r.id, i.status, t.status, t.planned_start, t.started_on, t.delivered_on, t.completed_at
    FROM referral r
    JOIN intake_touchpoint i ON i.werkplaats_id = r.to_werkplaats_id AND i.id = r.received_intake_id
    LEFT JOIN LATERAL (SELECT * FROM traject_touchpoint t WHERE t.werkplaats_id = i.werkplaats_id
        AND t.intake_id = i.id ORDER BY t.occurred_at DESC LIMIT 1) t ON true
    WHERE r.id = ANY (p_ids)
      AND (r.werkplaats_id = app_current_werkplaats() OR r.to_werkplaats_id = app_current_werkplaats()
        OR app_national_read())
$$;
REVOKE ALL ON FUNCTION referral_outcome(uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION referral_outcome(uuid[]) TO ${app_role};
--rollback DROP FUNCTION referral_outcome(uuid[]);

--changeset network:6 splitStatements:false
--comment: The network's referral map as counts only (the API lets network coordinators and ministry analysts call it): per sending and receiving werkplaats, referrals sent in [from, until) and how they ended, with each answer's time in milliseconds for an exact median.
CREATE FUNCTION referral_flow_counts(p_from timestamptz, p_until timestamptz)
    RETURNS TABLE (from_werkplaats_id uuid, to_werkplaats_id uuid, sent bigint, accepted bigint, declined bigint,
        expired bigint, withdrawn bigint, answer_millis bigint[])
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
    SELECT werkplaats_id, to_werkplaats_id, count(*), count(*) FILTER (WHERE status = 'ACCEPTED'),
        count(*) FILTER (WHERE status = 'DECLINED'), count(*) FILTER (WHERE status = 'EXPIRED'),
        count(*) FILTER (WHERE status = 'WITHDRAWN'),
        array_agg(floor(extract(epoch FROM (answered_at - created_at)) * 1000)::bigint)
            FILTER (WHERE status IN ('ACCEPTED', 'DECLINED'))
    FROM referral
    WHERE to_werkplaats_id IS NOT NULL AND created_at >= p_from AND created_at < p_until
    GROUP BY werkplaats_id, to_werkplaats_id
$$;
REVOKE ALL ON FUNCTION referral_flow_counts(timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION referral_flow_counts(timestamptz, timestamptz) TO ${app_role};
--rollback DROP FUNCTION referral_flow_counts(timestamptz, timestamptz);

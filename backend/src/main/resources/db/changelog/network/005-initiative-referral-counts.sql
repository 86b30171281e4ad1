--liquibase formatted sql

--changeset network:11 splitStatements:false
--comment: Which initiatives of the ecosystem map receive referrals: per initiative, the referrals sent to it in a period, from how many werkplaatsen, and what came of them. Counts only; runs as the owner so that a national figure is not cut by a werkplaats's own view. The API lets only network coordinators and ministry analysts call it.
CREATE FUNCTION initiative_referral_counts(p_from timestamptz, p_until timestamptz)
    RETURNS TABLE (initiative_id uuid, sent bigint, from_werkplaatsen bigint, confirmed bigint, no_response bigint,
        unknown bigint, awaiting bigint, withdrawn bigint)
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
    SELECT to_initiative_id, count(*), count(DISTINCT werkplaats_id),
        count(*) FILTER (WHERE initiative_outcome = 'CONFIRMED'),
        count(*) FILTER (WHERE initiative_outcome = 'NO_RESPONSE'),
        count(*) FILTER (WHERE initiative_outcome = 'UNKNOWN'),
        count(*) FILTER (WHERE initiative_outcome IS NULL AND status = 'SENT'),
        count(*) FILTER (WHERE status = 'WITHDRAWN')
    FROM referral
    WHERE to_initiative_id IS NOT NULL AND created_at >= p_from AND created_at < p_until
    GROUP BY to_initiative_id
$$;
REVOKE ALL ON FUNCTION initiative_referral_counts(timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION initiative_referral_counts(timestamptz, timestamptz) TO ${app_role};
--rollback DROP FUNCTION initiative_referral_counts(timestamptz, timestamptz);

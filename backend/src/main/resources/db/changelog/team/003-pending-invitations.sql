--liquibase formatted sql

--changeset team:3
--comment: An invitation that reached an account whose email Keycloak has not verified is pending: it grants nothing until the invitee, logged in as that account, accepts it with the token mailed to the address (stored only as its SHA-256 hash, with an expiry). Both read models of memberships count accepted ones only.
ALTER TABLE membership ADD COLUMN accepted_at timestamptz;
UPDATE membership SET accepted_at = created_at;
ALTER TABLE membership ADD COLUMN acceptance_token_hash bytea;
ALTER TABLE membership ADD COLUMN acceptance_expires_at timestamptz;
ALTER TABLE membership ADD CONSTRAINT membership_accepted_or_token
    CHECK (accepted_at IS NULL OR (acceptance_token_hash IS NULL AND acceptance_expires_at IS NULL));
CREATE UNIQUE INDEX membership_acceptance_token ON membership (acceptance_token_hash)
    WHERE acceptance_token_hash IS NOT NULL;

CREATE OR REPLACE VIEW caller_membership WITH (security_invoker = true) AS
    SELECT m.subject, m.werkplaats_id, w.slug AS werkplaats_slug, m.role
    FROM membership m JOIN werkplaats w ON w.id = m.werkplaats_id
    WHERE w.status = 'ACTIVE' AND m.accepted_at IS NOT NULL;

CREATE OR REPLACE VIEW current_subject_membership WITH (security_invoker = true) AS
    SELECT id AS membership_id, werkplaats_id FROM membership
    WHERE subject = app_current_subject() AND accepted_at IS NOT NULL;

-- Whether a caller without a counting membership has one to accept: then they may call the API
-- (to accept it) instead of being refused outright.
CREATE VIEW caller_pending_invitation WITH (security_invoker = true) AS
    SELECT m.subject, m.werkplaats_id
    FROM membership m JOIN werkplaats w ON w.id = m.werkplaats_id
    WHERE w.status = 'ACTIVE' AND m.accepted_at IS NULL;
GRANT SELECT ON caller_pending_invitation TO ${app_role};
--rollback DROP VIEW caller_pending_invitation; DROP VIEW current_subject_membership; DROP VIEW caller_membership;

--changeset team:4 splitStatements:false
--comment: The invitee accepts as themselves: the token must be theirs (the membership's subject is the caller's) and unexpired. Owner rights, because the caller is no member of the werkplaats yet; nothing else about the membership can be changed through it.
CREATE FUNCTION team_accept_invitation(p_token_hash bytea, p_now timestamptz)
    RETURNS TABLE (outcome text, membership_id uuid, werkplaats_id uuid)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    invitation membership%ROWTYPE;
BEGIN
    SELECT * INTO invitation FROM membership m
    WHERE m.acceptance_token_hash = p_token_hash AND m.subject = app_current_subject()
    FOR UPDATE;
    IF NOT FOUND THEN
        RETURN QUERY SELECT 'INVALID'::text, NULL::uuid, NULL::uuid;
        RETURN;
    END IF;
    IF invitation.acceptance_expires_at <= p_now THEN
        RETURN QUERY SELECT 'EXPIRED'::text, invitation.id, invitation.werkplaats_id;
        RETURN;
    END IF;
    UPDATE membership SET accepted_at = p_now, acceptance_token_hash = NULL, acceptance_expires_at = NULL,
        version = version + 1
    WHERE id = invitation.id;
    RETURN QUERY SELECT 'ACCEPTED'::text, invitation.id, invitation.werkplaats_id;
END
$$;
REVOKE ALL ON FUNCTION team_accept_invitation(bytea, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION team_accept_invitation(bytea, timestamptz) TO ${app_role};
--rollback DROP FUNCTION team_accept_invitation(bytea, timestamptz);

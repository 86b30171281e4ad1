--liquibase formatted sql

--changeset network:7 splitStatements:false
--comment: An organisation's journey through the network: every touchpoint (intake, traject, event attendance, referral) from the modules' touchpoint views, newest first, filtered as the product promises. A national read sees all. A werkplaats sees nothing unless it has a relationship with the organisation (a touchpoint of its own, or a referral to it); then its own touchpoints, the referrals it received, and other werkplaatsen's touchpoints only when the organisation shares with the network. Runs as the owner so that the rule, not each table's tenant policy, decides; the API lets only admins, coordinators and network coordinators call it.
CREATE FUNCTION organisation_journey(p_organisation uuid)
    RETURNS TABLE (kind varchar, id uuid, werkplaats_id uuid, occurred_at timestamptz, status varchar, title varchar,
        themes varchar[], obstacles varchar[], offer_id uuid, to_werkplaats_id uuid)
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
    WITH touchpoint AS (
        SELECT 'INTAKE'::varchar AS kind, i.id, i.werkplaats_id, i.occurred_at, i.status::varchar, NULL::varchar AS title,
            i.themes, i.obstacles, NULL::uuid AS offer_id, NULL::uuid AS to_werkplaats_id
        FROM intake_touchpoint i WHERE i.organisation_id = p_organisation
        UNION ALL
        SELECT 'TRAJECT', t.id, t.werkplaats_id, t.occurred_at, t.status, o.title, NULL, NULL, t.offer_id, NULL
        FROM traject_touchpoint t LEFT JOIN offer_title o ON o.offer_id = t.offer_id
        WHERE t.organisation_id = p_organisation
        UNION ALL
        SELECT 'EVENT_ATTENDANCE', e.id, e.werkplaats_id, e.occurred_at, e.status, e.title, NULL, NULL, NULL, NULL
        FROM event_attendance_touchpoint e JOIN organisation_name n ON n.kvk_number = e.kvk_number
        WHERE n.organisation_id = p_organisation
        UNION ALL
        SELECT 'REFERRAL', r.id, r.werkplaats_id, r.created_at, r.status, NULL, NULL, NULL, NULL, r.to_werkplaats_id
        FROM referral r WHERE r.organisation_id = p_organisation
    ), viewer AS (
        SELECT app_national_read() AS national, app_current_werkplaats() AS werkplaats_id,
            EXISTS (SELECT 1 FROM network_consenting_organisation c WHERE c.organisation_id = p_organisation) AS sharing
    ), related AS (
        SELECT EXISTS (SELECT 1 FROM touchpoint t, viewer v
            WHERE t.werkplaats_id = v.werkplaats_id OR t.to_werkplaats_id = v.werkplaats_id) AS related
    )
    SELECT t.kind, t.id, t.werkplaats_id, t.occurred_at, t.status, t.title, t.themes, t.obstacles, t.offer_id,
        t.to_werkplaats_id
    FROM touchpoint t, viewer v, related r
    WHERE v.national
       OR (r.related AND (t.werkplaats_id = v.werkplaats_id OR t.to_werkplaats_id = v.werkplaats_id OR v.sharing))
$$;
REVOKE ALL ON FUNCTION organisation_journey(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION organisation_journey(uuid) TO ${app_role};
--rollback DROP FUNCTION organisation_journey(uuid);

--changeset network:8 splitStatements:false
--comment: Whom to tell when another werkplaats adds a touchpoint for an organisation: its account manager (lead werkplaats and team member), only when the organisation shares with the network and the touchpoint is not the lead's own. Reveals the ids and the organisation's registered name only.
CREATE FUNCTION account_manager_to_tell(p_organisation uuid, p_werkplaats uuid)
    RETURNS TABLE (lead_werkplaats_id uuid, team_member_id uuid, organisation_name varchar)
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
    SELECT a.werkplaats_id, a.team_member_id, o.name
    FROM (SELECT * FROM account_manager_assignment WHERE organisation_id = p_organisation
        ORDER BY assigned_at DESC, id DESC LIMIT 1) a
    JOIN organisation_name o ON o.organisation_id = a.organisation_id
    WHERE a.werkplaats_id <> p_werkplaats
      AND EXISTS (SELECT 1 FROM network_consenting_organisation c WHERE c.organisation_id = p_organisation)
$$;
REVOKE ALL ON FUNCTION account_manager_to_tell(uuid, uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION account_manager_to_tell(uuid, uuid) TO ${app_role};
--rollback DROP FUNCTION account_manager_to_tell(uuid, uuid);

--changeset network:9 splitStatements:false
--comment: An organisation's current account manager (the newest assignment), read across werkplaatsen; the API shows it only to whoever may see the organisation's journey.
CREATE FUNCTION account_manager_current(p_organisations uuid[])
    RETURNS TABLE (organisation_id uuid, werkplaats_id uuid, team_member_id uuid, team_member_name varchar,
        assigned_at timestamptz)
    LANGUAGE sql
    STABLE
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
    SELECT DISTINCT ON (a.organisation_id) a.organisation_id, a.werkplaats_id, a.team_member_id, a.team_member_name,
        a.assigned_at
    FROM account_manager_assignment a
    WHERE a.organisation_id = ANY (p_organisations)
    ORDER BY a.organisation_id, a.assigned_at DESC, a.id DESC
$$;
REVOKE ALL ON FUNCTION account_manager_current(uuid[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION account_manager_current(uuid[]) TO ${app_role};
--rollback DROP FUNCTION account_manager_current(uuid[]);

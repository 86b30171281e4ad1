--liquibase formatted sql

--changeset organisation:31
--comment: The national register's list in its order (name, then id) and its search (a part of the name, any case, or of the KVK number) served by indexes: a btree for the order and the keyset, trigram indexes for the search.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX organisation_register_order ON organisation (name, id);
CREATE INDEX organisation_name_search ON organisation USING gin (lower(name) gin_trgm_ops);
CREATE INDEX organisation_kvk_search ON organisation USING gin (kvk_number gin_trgm_ops);
--rollback DROP INDEX organisation_kvk_search; DROP INDEX organisation_name_search; DROP INDEX organisation_register_order;

--changeset organisation:32 splitStatements:false
--comment: The register's page and count for national readers. Row-level security keeps leaky functions (lower, like) out of index conditions, so under it a search scans every row; these run as the owner, answer only a national read (app_national_read()), and so may use the indexes. Searched and unsearched are planned apart.
CREATE FUNCTION organisation_register_page(p_search text, p_after_name text, p_after_id uuid, p_limit integer)
    RETURNS SETOF organisation
    LANGUAGE plpgsql
    STABLE
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
BEGIN
    IF NOT app_national_read() THEN
        RETURN;
    END IF;
    IF p_search IS NULL THEN
        RETURN QUERY SELECT o.* FROM organisation o
            WHERE (o.name, o.id) > (p_after_name, p_after_id)
            ORDER BY o.name, o.id LIMIT p_limit;
    ELSE
        RETURN QUERY SELECT o.* FROM organisation o
            WHERE (lower(o.name) LIKE p_search OR o.kvk_number LIKE p_search)
              AND (o.name, o.id) > (p_after_name, p_after_id)
            ORDER BY o.name, o.id LIMIT p_limit;
    END IF;
END
$$;
CREATE FUNCTION organisation_register_count(p_search text)
    RETURNS bigint
    LANGUAGE plpgsql
    STABLE
    SECURITY DEFINER
    SET search_path = public, pg_temp
    AS $$
BEGIN
    IF NOT app_national_read() THEN
        RETURN 0;
    END IF;
    IF p_search IS NULL THEN
        RETURN (SELECT count(*) FROM organisation);
    END IF;
    RETURN (SELECT count(*) FROM organisation o WHERE lower(o.name) LIKE p_search OR o.kvk_number LIKE p_search);
END
$$;
REVOKE ALL ON FUNCTION organisation_register_page(text, text, uuid, integer), organisation_register_count(text)
    FROM PUBLIC;
GRANT EXECUTE ON FUNCTION organisation_register_page(text, text, uuid, integer), organisation_register_count(text)
    TO ${app_role};
--rollback DROP FUNCTION organisation_register_count(text); DROP FUNCTION organisation_register_page(text, text, uuid, integer);

--changeset organisation:33
--comment: The register's page and count are planned for each search. A plan cached for any search (PL/pgSQL switches to one after five calls) cannot know how rare the pattern is, and may walk the name order filtering every row (a rare name: 150 ms at 500k organisations) where the trigram index answers in a few.
ALTER FUNCTION organisation_register_page(text, text, uuid, integer) SET plan_cache_mode = force_custom_plan;
ALTER FUNCTION organisation_register_count(text) SET plan_cache_mode = force_custom_plan;
--rollback ALTER FUNCTION organisation_register_count(text) RESET plan_cache_mode; ALTER FUNCTION organisation_register_page(text, text, uuid, integer) RESET plan_cache_mode;

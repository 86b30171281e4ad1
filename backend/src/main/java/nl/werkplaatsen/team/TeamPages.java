package nl.werkplaatsen.team;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.EntityRows;
import nl.werkplaatsen.platform.graphql.KeysetCursor;
import nl.werkplaatsen.platform.graphql.PagesPerParent;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.Tenancy;

/**
 * The asked page of the team, or of the team changes, of every werkplaats in a list at
 * once: one statement for the pages (and one for the counts, if asked) for all pages that
 * share a size and cursor. The fields asking checked who may see them; row-level security
 * shows the caller's own werkplaats's rows, and a network coordinator every werkplaats's.
 */
@Component
class TeamPages {

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final Tenancy tenancy;

	TeamPages(EntityManager entityManager, JdbcClient jdbc, Tenancy tenancy) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
		this.tenancy = tenancy;
	}

	Map<WerkplaatsPage, Connection<TeamMember>> members(Collection<WerkplaatsPage> pages) {
		Actor actor = Actor.current();
		return pages(pages, (page, werkplaatsIds) -> {
			KeysetCursor after = page.after();
			Map<String, @Nullable Object> params = new HashMap<>();
			params.put("werkplaatsIds", werkplaatsIds);
			params.put("afterName", (after != null) ? after.text(0) : null);
			params.put("afterId", (after != null) ? after.uuid(1) : new UUID(0, 0));
			params.put("perWerkplaats", page.limitPlusOne());
			return EntityRows.query(this.entityManager, Membership.class,
					"""
							select m.* from membership m where m.id in (
							  select id from (select id, row_number() over (partition by werkplaats_id order by name, id) as position
							                  from membership where werkplaats_id in (:werkplaatsIds)
							                  and (cast(:afterName as text) is null
							                    or (name, id) > (cast(:afterName as text), cast(:afterId as uuid)))) ranked
							  where position <= :perWerkplaats)
							order by m.werkplaats_id, m.name, m.id""",
					params);
		}, "membership", Membership::getWerkplaatsId, (m) -> KeysetCursor.of(m.getName(), m.getId())).entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(entry) -> entry.getValue().map((membership) -> TeamMember.seenBy(actor, membership))));
	}

	Map<WerkplaatsPage, Connection<TeamChange>> changes(Collection<WerkplaatsPage> pages) {
		return pages(pages, (page, werkplaatsIds) -> {
			Map<String, @Nullable Object> params = new HashMap<>();
			params.put("werkplaatsIds", werkplaatsIds);
			params.put("beforeAt", Timestamp.from(page.instantBefore(0)));
			params.put("beforeId", page.idBefore(1));
			params.put("perWerkplaats", page.limitPlusOne());
			return EntityRows.query(this.entityManager, TeamChange.class,
					"""
							select c.* from team_change c where c.id in (
							  select id from (select id, row_number() over (partition by werkplaats_id
							                                                 order by changed_at desc, id desc) as position
							                  from team_change where werkplaats_id in (:werkplaatsIds)
							                  and (changed_at, id) < (cast(:beforeAt as timestamptz), cast(:beforeId as uuid))) ranked
							  where position <= :perWerkplaats)
							order by c.werkplaats_id, c.changed_at desc, c.id desc""",
					params);
		}, "team_change", TeamChange::getWerkplaatsId,
				(change) -> KeysetCursor.of(change.getChangedAt().toString(), change.getId()));
	}

	private <T> Map<WerkplaatsPage, Connection<T>> pages(Collection<WerkplaatsPage> pages,
			java.util.function.BiFunction<PageRequest, List<UUID>, List<T>> rows, String table,
			Function<T, UUID> werkplaatsOf, Function<T, KeysetCursor> cursorOf) {
		return PagesPerParent.read(pages, WerkplaatsPage::werkplaatsId, WerkplaatsPage::page,
				(page, werkplaatsIds) -> this.tenancy
					.readNationally(() -> new PagesPerParent.Rows<>(rows.apply(page, werkplaatsIds),
							page.countWanted() ? counts(table, werkplaatsIds) : Map.of())),
				werkplaatsOf, cursorOf);
	}

	private Map<UUID, Long> counts(String table, List<UUID> werkplaatsIds) {
		Map<UUID, Long> counts = new HashMap<>();
		this.jdbc
			.sql("select werkplaats_id, count(*) from " + table + " where werkplaats_id in (:werkplaatsIds)"
					+ " group by werkplaats_id")
			.param("werkplaatsIds", werkplaatsIds)
			.query((row) -> {
				counts.put(row.getObject(1, UUID.class), row.getLong(2));
			});
		return counts;
	}

	/**
	 * A page of one werkplaats's team or team changes asked for.
	 *
	 * @param werkplaatsId the werkplaats
	 * @param page the page
	 */
	record WerkplaatsPage(UUID werkplaatsId, PageRequest page) {
	}

}

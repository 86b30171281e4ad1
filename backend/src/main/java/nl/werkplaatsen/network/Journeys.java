package nl.werkplaatsen.network;

import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.KeysetCursor;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.platform.tenancy.Tenancy;
import nl.werkplaatsen.taxonomy.Obstacle;
import nl.werkplaatsen.taxonomy.Theme;

/**
 * The entrepreneur's journey across the network: an organisation's touchpoints with every
 * werkplaats, newest first, and its account manager. The database function
 * {@code organisation_journey} applies who sees what; this service lets only a
 * werkplaats's admins and coordinators and network coordinators ask.
 */
@Service
class Journeys {

	private final JdbcClient jdbc;

	private final Tenancy tenancy;

	Journeys(JdbcClient jdbc, Tenancy tenancy) {
		this.jdbc = jdbc;
		this.tenancy = tenancy;
	}

	/**
	 * The asked page of the journey of every organisation of a list, as the caller may
	 * see them: for all pages that share a size and cursor, one statement for the
	 * touchpoints, one for the counts (if asked) and one for the account managers.
	 */
	@Transactional(readOnly = true)
	Map<JourneyAsked, JourneyPage> pages(Collection<JourneyAsked> asked) {
		return asReader(() -> {
			Map<JourneyAsked, JourneyPage> result = new HashMap<>();
			asked.stream().collect(java.util.stream.Collectors.groupingBy(JourneyAsked::page)).forEach((page, same) -> {
				UUID[] organisationIds = same.stream()
					.map(JourneyAsked::organisationId)
					.distinct()
					.toArray(UUID[]::new);
				Map<UUID, List<Touchpoint>> rows = new HashMap<>();
				this.jdbc.sql("""
						select o.organisation_id as journey_of, j.*
						from unnest(cast(:organisations as uuid[])) as o(organisation_id)
						cross join lateral (select * from organisation_journey(o.organisation_id)
						  where (occurred_at, id) < (:beforeTime, :beforeId)
						  order by occurred_at desc, id desc limit :limit) j
						order by o.organisation_id, j.occurred_at desc, j.id desc""")
					.param("organisations", organisationIds)
					.param("beforeTime", Timestamp.from(page.instantBefore(0)))
					.param("beforeId", page.idBefore(1))
					.param("limit", page.limitPlusOne())
					.query((row) -> {
						rows.computeIfAbsent(row.getObject("journey_of", UUID.class),
								(id) -> new java.util.ArrayList<>())
							.add(touchpoint(row, 0));
					});
				Map<UUID, Long> counts = new HashMap<>();
				if (page.countWanted()) {
					this.jdbc.sql("""
							select o.organisation_id, (select count(*) from organisation_journey(o.organisation_id))
							from unnest(cast(:organisations as uuid[])) as o(organisation_id)""")
						.param("organisations", organisationIds)
						.query((row) -> {
							counts.put(row.getObject(1, UUID.class), row.getLong(2));
						});
				}
				// Whoever sees a touchpoint of the organisation may see who manages its
				// account.
				List<UUID> withTouchpoints = same.stream()
					.map(JourneyAsked::organisationId)
					.filter((id) -> rows.containsKey(id) || page.after() != null)
					.distinct()
					.toList();
				Map<UUID, AccountManager> managers = withTouchpoints.isEmpty() ? Map.of()
						: currentManagers(withTouchpoints);
				for (JourneyAsked one : same) {
					result.put(one, new JourneyPage(Connection.of(rows.getOrDefault(one.organisationId(), List.of()),
							page, page.countWanted() ? counts.getOrDefault(one.organisationId(), 0L) : null,
							(touchpoint) -> KeysetCursor.of(touchpoint.occurredAt().toString(), touchpoint.id())),
							managers.get(one.organisationId())));
				}
			});
			return result;
		});
	}

	/**
	 * A page of one organisation's journey asked for.
	 *
	 * @param organisationId the organisation
	 * @param page the page
	 */
	record JourneyAsked(UUID organisationId, PageRequest page) {
	}

	/** Every touchpoint of the organisation the caller may see, newest first. */
	@Transactional(readOnly = true)
	List<Touchpoint> all(UUID organisationId) {
		return asReader(() -> this.jdbc
			.sql("select * from organisation_journey(:organisation) order by occurred_at desc, id desc")
			.param("organisation", organisationId)
			.query(Journeys::touchpoint)
			.list());
	}

	private static Touchpoint touchpoint(java.sql.ResultSet row, int number) throws SQLException {
		return new Touchpoint(row.getObject("id", UUID.class), TouchpointKind.valueOf(row.getString("kind")),
				row.getObject("werkplaats_id", UUID.class), row.getTimestamp("occurred_at").toInstant(),
				row.getString("status"), row.getString("title"), names(row.getArray("themes"), Theme::valueOf),
				names(row.getArray("obstacles"), Obstacle::valueOf), row.getObject("offer_id", UUID.class),
				row.getObject("to_werkplaats_id", UUID.class));
	}

	/**
	 * Whether the caller's werkplaats has a touchpoint of its own with the organisation.
	 */
	@Transactional(readOnly = true)
	boolean relatedToCallersWerkplaats(UUID organisationId) {
		UUID own = Actor.current().werkplaatsId().orElse(null);
		if (own == null) {
			return false;
		}
		return this.jdbc.sql("""
				select exists (select 1 from organisation_journey(:organisation)
				  where werkplaats_id = :own or to_werkplaats_id = :own)""")
			.param("organisation", organisationId)
			.param("own", own)
			.query(Boolean.class)
			.single();
	}

	/** The current account managers of these organisations, by organisation. */
	@Transactional(readOnly = true)
	Map<UUID, AccountManager> currentManagers(Collection<UUID> organisationIds) {
		Map<UUID, AccountManager> managers = new HashMap<>();
		this.jdbc.sql("select * from account_manager_current(:ids)")
			.param("ids", organisationIds.toArray(UUID[]::new))
			.query((row) -> {
				managers.put(row.getObject("organisation_id", UUID.class),
						new AccountManager(row.getObject("werkplaats_id", UUID.class),
								row.getObject("team_member_id", UUID.class), row.getString("team_member_name"),
								row.getTimestamp("assigned_at").toInstant()));
			});
		return managers;
	}

	/**
	 * Runs the read for who may ask: network coordinators across the network, a
	 * werkplaats's admins and coordinators for it; nobody else.
	 */
	private <T> T asReader(Supplier<T> read) {
		Actor actor = Actor.current();
		if (actor.isNetworkCoordinator()) {
			return this.tenancy.readNationally(read);
		}
		boolean staff = actor.werkplaatsId()
			.map((werkplaats) -> actor.hasTeamRoleIn(werkplaats, TeamRole.ADMIN, TeamRole.COORDINATOR))
			.orElse(false);
		if (!staff) {
			throw new AccessDeniedException(
					"Only a werkplaats's admins and coordinators and network coordinators see an organisation's journey");
		}
		return read.get();
	}

	private static <E> List<E> names(@Nullable Array array, java.util.function.Function<String, E> valueOf)
			throws SQLException {
		if (array == null) {
			return List.of();
		}
		return Arrays.stream((String[]) array.getArray()).map(valueOf).toList();
	}

	/**
	 * A page of a journey with the account manager.
	 *
	 * @param touchpoints the touchpoints, newest first
	 * @param accountManager the organisation's account manager, if it has one
	 */
	record JourneyPage(Connection<Touchpoint> touchpoints, @Nullable AccountManager accountManager) {
	}

	/**
	 * One touchpoint of an organisation with the network.
	 *
	 * @param id the intake, traject, registration or referral
	 * @param kind what it is
	 * @param werkplaatsId the werkplaats it is with
	 * @param occurredAt when
	 * @param status its status, by name
	 * @param title the offer's or event's title, if any
	 * @param themes an intake's themes
	 * @param obstacles an intake's knelpunten
	 * @param offerId a traject's offer
	 * @param toWerkplaatsId a referral's receiver
	 */
	record Touchpoint(UUID id, TouchpointKind kind, UUID werkplaatsId, Instant occurredAt, String status,
			@Nullable String title, List<Theme> themes, List<Obstacle> obstacles, @Nullable UUID offerId,
			@Nullable UUID toWerkplaatsId) {
	}

	/**
	 * Who manages an organisation's account.
	 *
	 * @param werkplaatsId the lead werkplaats
	 * @param teamMemberId the team member
	 * @param name the team member's name when named
	 * @param since when they were named
	 */
	record AccountManager(UUID werkplaatsId, UUID teamMemberId, String name, Instant since) {
	}

}

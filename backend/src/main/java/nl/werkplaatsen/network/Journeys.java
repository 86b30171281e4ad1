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
import java.util.Optional;
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

	/** A page of the organisation's journey as the caller may see it. */
	@Transactional(readOnly = true)
	JourneyPage page(UUID organisationId, PageRequest page) {
		return asReader(() -> {
			Long total = page.count(() -> this.jdbc.sql("select count(*) from organisation_journey(:organisation)")
				.param("organisation", organisationId)
				.query(Long.class)
				.single());
			List<Touchpoint> rows = this.jdbc.sql("""
					select * from organisation_journey(:organisation)
					where (occurred_at, id) < (:beforeTime, :beforeId)
					order by occurred_at desc, id desc limit :limit""")
				.param("organisation", organisationId)
				.param("beforeTime", Timestamp.from(page.instantBefore(0)))
				.param("beforeId", page.idBefore(1))
				.param("limit", page.limitPlusOne())
				.query(Journeys::touchpoint)
				.list();
			// Whoever sees a touchpoint of the organisation may see who manages its
			// account.
			Optional<AccountManager> manager = (!rows.isEmpty() || page.after() != null)
					? currentManagers(List.of(organisationId)).values().stream().findFirst() : Optional.empty();
			return new JourneyPage(
					Connection.of(rows, page, total,
							(touchpoint) -> KeysetCursor.of(touchpoint.occurredAt().toString(), touchpoint.id())),
					manager.orElse(null));
		});
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

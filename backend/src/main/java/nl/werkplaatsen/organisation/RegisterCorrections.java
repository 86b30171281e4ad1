package nl.werkplaatsen.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;

import nl.werkplaatsen.platform.graphql.Connection;
import nl.werkplaatsen.platform.graphql.GlobalId;
import nl.werkplaatsen.platform.graphql.KeysetCursor;
import nl.werkplaatsen.platform.graphql.Node;
import nl.werkplaatsen.platform.graphql.NodeResolver;
import nl.werkplaatsen.platform.graphql.PageRequest;
import nl.werkplaatsen.platform.graphql.UserError;
import nl.werkplaatsen.platform.graphql.UserErrorCode;
import nl.werkplaatsen.platform.graphql.UserErrors;
import nl.werkplaatsen.platform.tenancy.Actor;
import nl.werkplaatsen.platform.tenancy.TeamRole;
import nl.werkplaatsen.werkplaats.WerkplaatsDirectory;
import nl.werkplaatsen.werkplaats.WerkplaatsNode;

/**
 * Corrections of the national KVK register as proposals: a werkplaats proposes (its staff
 * pass on a name from an intake; a later intake with other facts proposes those), the
 * network coordinators accept or reject. Row-level security shows a werkplaats its own
 * proposals and network coordinators all; deciding runs in SQL with owner rights.
 */
@Controller
class RegisterCorrections {

	private static final String COLUMNS = """
			id, werkplaats_id, organisation_id, source, name, sbi_section, sbi_code, size_class, phase, street,
			postcode, city, gemeente, province, proposed_at, status, decided_at""";

	private final JdbcClient jdbc;

	private final OrganisationRegister register;

	private final WerkplaatsDirectory werkplaatsen;

	RegisterCorrections(JdbcClient jdbc, OrganisationRegister register, WerkplaatsDirectory werkplaatsen) {
		this.jdbc = jdbc;
		this.register = register;
		this.werkplaatsen = werkplaatsen;
	}

	@QueryMapping
	@Transactional(readOnly = true)
	Connection<Correction> organisationCorrections(@Argument @Nullable Integer first, @Argument @Nullable String after,
			@Argument @Nullable CorrectionStatus status, DataFetchingEnvironment field) {
		if (!mayRead()) {
			throw new AccessDeniedException(
					"Only network coordinators and a werkplaats's admins and coordinators see register corrections");
		}
		PageRequest page = PageRequest.of(first, after, field);
		String wanted = (status != null) ? status.name() : null;
		List<Correction> rows = this.jdbc.sql("select " + COLUMNS + """
				 from organisation_correction
				where (cast(:status as varchar) is null or status = :status)
				  and (proposed_at, id) < (:beforeAt, :beforeId)
				order by proposed_at desc, id desc limit :limit""")
			.param("status", wanted)
			.param("beforeAt", Timestamp.from(page.instantBefore(0)))
			.param("beforeId", page.idBefore(1))
			.param("limit", page.limitPlusOne())
			.query(RegisterCorrections::correction)
			.list();
		Long total = page.count(() -> this.jdbc.sql(
				"select count(*) from organisation_correction where (cast(:status as varchar) is null or status = :status)")
			.param("status", wanted)
			.query(Long.class)
			.single());
		return Connection.of(rows, page, total,
				(correction) -> KeysetCursor.of(correction.proposedAt().toString(), correction.id()));
	}

	@MutationMapping
	@Transactional
	CorrectionDecidePayload organisationCorrectionDecide(@Argument CorrectionDecideInput input) {
		if (!Actor.current().isNetworkCoordinator()) {
			throw new AccessDeniedException("Only network coordinators decide on corrections of the register");
		}
		UUID id = GlobalId.idOf(input.id(), "OrganisationCorrection").orElse(null);
		String outcome = (id == null) ? "NOT_FOUND"
				: this.jdbc.sql("select organisation_correction_decide(:id, :accept)")
					.param("id", id)
					.param("accept", input.accept())
					.query(String.class)
					.single();
		return switch (outcome) {
			case "ACCEPTED",
					"REJECTED" ->
				new CorrectionDecidePayload(
						this.jdbc.sql("select " + COLUMNS + " from organisation_correction where id = :id")
							.param("id", Objects.requireNonNull(id))
							.query(RegisterCorrections::correction)
							.single(),
						List.of());
			case "DECIDED" -> new CorrectionDecidePayload(null,
					new UserErrors()
						.add(UserErrorCode.INVALID_STATE, "id", "This correction was accepted or rejected already.")
						.list());
			default -> new CorrectionDecidePayload(null,
					new UserErrors().add(UserErrorCode.NOT_FOUND, "id", "No proposed correction has this id.").list());
		};
	}

	/**
	 * A correction by global id, for those who see the corrections (row-level security
	 * decides which).
	 */
	@Bean
	static NodeResolver<Correction> organisationCorrectionNodes(JdbcClient jdbc) {
		return NodeResolver.of("OrganisationCorrection",
				(id) -> mayRead() ? jdbc.sql("select " + COLUMNS + " from organisation_correction where id = :id")
					.param("id", id)
					.query(RegisterCorrections::correction)
					.optional() : Optional.empty());
	}

	private static boolean mayRead() {
		Actor actor = Actor.current();
		return actor.isNetworkCoordinator() || actor.werkplaatsId()
			.map((werkplaats) -> actor.hasTeamRoleIn(werkplaats, TeamRole.ADMIN, TeamRole.COORDINATOR))
			.orElse(false);
	}

	@BatchMapping(typeName = "OrganisationCorrection")
	Map<Correction, OrganisationNode> organisation(List<Correction> corrections) {
		// Whoever sees a proposal sees its record: the proposer reaches it through an
		// intake, network coordinators read the whole register.
		Map<UUID, OrganisationNode> byId = this.register
			.nodes(corrections.stream().map(Correction::organisationId).collect(Collectors.toSet()));
		return corrections.stream()
			.filter((correction) -> byId.containsKey(correction.organisationId()))
			.collect(Collectors.toMap(Function.identity(), (correction) -> byId.get(correction.organisationId())));
	}

	@BatchMapping(typeName = "OrganisationCorrection")
	Map<Correction, WerkplaatsNode> proposedBy(List<Correction> corrections) {
		Map<UUID, WerkplaatsNode> byId = this.werkplaatsen
			.nodes(corrections.stream().map(Correction::werkplaatsId).collect(Collectors.toSet()));
		return corrections.stream()
			.collect(Collectors.toMap(Function.identity(), (correction) -> byId.get(correction.werkplaatsId())));
	}

	private static Correction correction(ResultSet row, int index) throws SQLException {
		Timestamp decided = row.getTimestamp("decided_at");
		return new Correction(row.getObject("id", UUID.class), row.getObject("werkplaats_id", UUID.class),
				row.getObject("organisation_id", UUID.class), row.getString("source"), row.getString("name"),
				row.getString("sbi_section"), row.getString("sbi_code"), row.getString("size_class"),
				row.getString("phase"), row.getString("street"), row.getString("postcode"), row.getString("city"),
				row.getString("gemeente"), row.getString("province"), row.getTimestamp("proposed_at").toInstant(),
				CorrectionStatus.valueOf(row.getString("status")), (decided != null) ? decided.toInstant() : null);
	}

	/** Where a proposed correction stands. */
	enum CorrectionStatus {

		/** Waiting for the network coordinators. */
		PROPOSED,

		/** Accepted: the register record carries its facts. */
		ACCEPTED,

		/** Rejected: the register record stayed as it was. */
		REJECTED

	}

	/**
	 * A proposed correction: the facts it proposes (null: unchanged), who proposed it and
	 * where it stands.
	 */
	record Correction(UUID id, UUID werkplaatsId, UUID organisationId, String source, @Nullable String name,
			@Nullable String sbiSection, @Nullable String sbiCode, @Nullable String sizeClass, @Nullable String phase,
			@Nullable String street, @Nullable String postcode, @Nullable String city, @Nullable String gemeente,
			@Nullable String province, Instant proposedAt, CorrectionStatus status,
			@Nullable Instant decidedAt) implements Node {

		@Override
		public UUID getId() {
			return this.id;
		}

	}

	record CorrectionDecideInput(String id, boolean accept) {
	}

	record CorrectionDecidePayload(@Nullable Correction correction, List<UserError> userErrors) {
	}

}
